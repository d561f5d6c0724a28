#include "cli/certificates_resources.h"

#include <filesystem>
#include <stdexcept>

#include "cli/environment.h"
#include "register/register.h"

namespace fd::cli {
namespace {

std::string logoDigestOf(const Workspace& workspace) {
    const std::string& logo = workspace.organisation.logoFile;
    if (logo.empty()) return "none";
    const std::filesystem::path path = std::filesystem::path(workspace.root) / logo;
    return std::filesystem::is_regular_file(path) ? reg::sha256File(path.string()) : "missing";
}

}  // namespace

const char* softwareVersion() { return FORMADOC_VERSION; }

CertificateResources::CertificateResources(const Workspace& workspace, const std::string& lang,
                                           const std::vector<gen::CertificateModel>& models,
                                           const pdf::SigningIdentity* signer)
    : workspace_(workspace),
      localizer_(dataDirectory() + "/locales", lang),
      signer_(signer),
      logoDigest_(logoDigestOf(workspace)) {
    for (gen::CertificateModel model : models) {
        if (models_.count(model)) continue;
        tmpl::Template loaded = gen::loadCertificateTemplate(dataDirectory(), workspace, model, localizer_.messages());
        std::string digest = reg::sha256File(loaded.file());
        models_.emplace(model, ModelResources{std::move(loaded), std::move(digest)});
    }
}

const tmpl::Template& CertificateResources::templateOf(gen::CertificateModel model) const {
    return models_.at(model).certificateTemplate;
}

std::string CertificateResources::templateId(gen::CertificateModel model) const {
    return "certificate/" + gen::certificateModelId(model);
}

const std::string& CertificateResources::templateDigest(gen::CertificateModel model) const {
    return models_.at(model).digest;
}

std::string CertificateResources::inputsDigest(const Trainee& trainee, gen::CertificateModel model) const {
    // One labelled line per part: no two different sets of parts give the same text. The
    // software version is not one: upgrading formadoc must not make a new version ("duplicata")
    // of every certificate whose content did not change; the register records it apart.
    std::string text = gen::certificateInputs(workspace_, trainee, model, localizer_.lang());
    text += "\ntemplate-sha256=" + templateDigest(model);
    text += "\nlogo-sha256=" + logoDigest_;
    text += "\nsigning-certificate-sha256=" + (signer_ ? signer_->certificateSha256() : std::string("unsigned"));
    return reg::sha256Hex(text);
}

}  // namespace fd::cli
