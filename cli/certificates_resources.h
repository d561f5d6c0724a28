// What every certificate of a run shares, prepared once per run rather than once per file: the
// localizer of the output language, each model's template (read and checked once), and the
// digests that tie a register version to everything its bytes depend on.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "generators/certificate/certificate.h"
#include "i18n/i18n.h"
#include "model/model.h"
#include "writers/pdf/signing.h"

namespace fd::cli {

class CertificateResources {
public:
    // `signer` may be null (unsigned certificates); it must outlive this object. Throws
    // tmpl::TemplateError (bad template), i18n::I18nError, reg::RegisterError (unreadable file).
    CertificateResources(const Workspace& workspace, const std::string& lang,
                         const std::vector<gen::CertificateModel>& models, const pdf::SigningIdentity* signer);

    const Workspace& workspace() const { return workspace_; }
    const i18n::Localizer& localizer() const { return localizer_; }
    const pdf::SigningIdentity* signer() const { return signer_; }
    const tmpl::Template& templateOf(gen::CertificateModel model) const;
    // "certificate/<model id>" and the SHA-256 of the template file, as the register records them.
    std::string templateId(gen::CertificateModel model) const;
    const std::string& templateDigest(gen::CertificateModel model) const;

    // The register's inputs digest: SHA-256 over the generator's certificateInputs, the template
    // digest, the logo's digest and the signing certificate (or "unsigned"): whatever changes
    // what the certificate shows, or who signs it, makes a new version. The software version
    // does not: an upgrade re-issues nothing (the register records the version apart).
    std::string inputsDigest(const Trainee& trainee, gen::CertificateModel model) const;

private:
    struct ModelResources {
        tmpl::Template certificateTemplate;
        std::string digest;
    };
    const Workspace& workspace_;
    i18n::Localizer localizer_;
    const pdf::SigningIdentity* signer_;
    std::map<gen::CertificateModel, ModelResources> models_;
    std::string logoDigest_;
};

// The version string recorded in the register and printed in the PDF metadata.
const char* softwareVersion();

}  // namespace fd::cli
