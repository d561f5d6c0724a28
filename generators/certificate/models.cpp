// Model names, the models an organisation issues by default, the verification URL.
#include <string>

#include "generators/certificate/certificate.h"

namespace fd::gen {

std::string certificateModelId(CertificateModel model) {
    switch (model) {
    case CertificateModel::Realisation: return "realisation";
    case CertificateModel::Attestation: return "attestation";
    case CertificateModel::Dgert: return "dgert";
    }
    return "";
}

const std::vector<CertificateModel>& allCertificateModels() {
    static const std::vector<CertificateModel> models{CertificateModel::Realisation, CertificateModel::Attestation,
                                                      CertificateModel::Dgert};
    return models;
}

std::optional<CertificateModel> parseCertificateModel(const std::string& id) {
    for (CertificateModel model : allCertificateModels())
        if (certificateModelId(model) == id) return model;
    return std::nullopt;
}

std::vector<CertificateModel> defaultModels(const Organisation& org) {
    // FR: the certificat de réalisation is what funders ask for; the attestation de fin de
    // formation is generated too while its legal status is unsettled (requirements.md Q1).
    if (org.jurisdiction == Jurisdiction::PT) return {CertificateModel::Dgert};
    return {CertificateModel::Realisation, CertificateModel::Attestation};
}

std::string verificationUrlFor(const Organisation& org, const std::string& verificationCode) {
    std::string url = org.verificationUrl;
    if (url.empty()) return {};
    static const std::string kPlaceholder = "{code}";
    for (auto at = url.find(kPlaceholder); at != std::string::npos; at = url.find(kPlaceholder, at + verificationCode.size()))
        url.replace(at, kPlaceholder.size(), verificationCode);
    return url;
}

}  // namespace fd::gen
