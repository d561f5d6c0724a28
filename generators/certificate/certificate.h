// Certificates issued to trainees at the end of a session, one document per trainee and model:
//   Realisation  — French certificat de réalisation (FR-CR-01..11), any trainee who attended;
//   Attestation  — French attestation de fin de formation (FR-ATT-01..06);
//   Dgert        — Portuguese certificado de formação profissional, Portaria 474/2010 layout
//                  (PT-CERT-01..17); its attendance variant, the certificado de frequência
//                  (PT-CERT-20), goes to trainees who attended without aproveitamento.
// Each model has its template (templates/certificate/<model-id>.xml, overridable by the workspace)
// and its messages in locales/*/certificate.xlf; English output is a translation (EN-01..03).
//
// The register (register/register.h) numbers certificates; this generator only prints what it
// is given in a CertificateIdentity, and tells the register what a certificate depends on
// (certificateInputs) so that a data correction makes a new version.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "generators/template/template.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

enum class CertificateModel { Realisation, Attestation, Dgert };

// "realisation", "attestation", "dgert": the register's model id, the template's name and the
// --model value of the CLI.
std::string certificateModelId(CertificateModel model);
std::optional<CertificateModel> parseCertificateModel(const std::string& id);
const std::vector<CertificateModel>& allCertificateModels();

// Which form of a model a trainee receives.
enum class CertificateVariant {
    Standard,     // the model as named
    Attendance,   // Dgert only: certificado de frequência (PT-CERT-20), no aproveitamento
};

// Whether a trainee of a session may receive a model, and why not. When not eligible,
// reasonKey is a message of locales/*/certificate.xlf (certificate.ineligible.*) and
// reasonArgs its named arguments.
struct Eligibility {
    bool eligible = false;
    CertificateModel model = CertificateModel::Realisation;
    CertificateVariant variant = CertificateVariant::Standard;   // meaningful when eligible
    std::string reasonKey;
    std::map<std::string, std::string> reasonArgs;
};

// Rules:
//   Realisation — hours attended > 0; fewer hours than the course make a partial certificate.
//   Attestation — hours attended > 0 and outcome completed or failed (an assessment took place);
//                 an abandoned trainee gets only the certificat de réalisation.
//   Dgert       — hours attended > 0; outcome completed gives the certificado de formação
//                 profissional, abandoned or failed the certificado de frequência (Attendance).
// A trainee whose session or course is missing from the workspace is never eligible.
Eligibility certificateEligibility(const Workspace& workspace, const Trainee& trainee, CertificateModel model);

// What the register assigns, printed on the certificate.
struct CertificateIdentity {
    std::string number;             // "HFA-2026-00012"
    int edition = 1;                // the register's edition: the version's rank in the certificate's
                                    // language. > 1 prints "Duplicata — version 2" / "2.ª via"; a
                                    // first translation is 1 and prints nothing. The register's
                                    // version, counted across languages, is never printed.
    std::string verificationCode;   // 8 characters
    Date issueDate;
    std::string verificationUrl;    // organisation.verificationUrl with {code} substituted; empty if none
};

// organisation.verificationUrl with "{code}" replaced by the code; "" when no URL is configured.
std::string verificationUrlFor(const Organisation& org, const std::string& verificationCode);

// Roots of certificate templates: organisation, course, session, trainee, certificate
// (identity, variant, hours…), document (DocumentFacts), mentions (LegalMentions).
const tmpl::Vocabulary& certificateVocabulary();

// WORKSPACE/templates/certificate/<model-id>.xml when present, else DATA_DIR's; checked against
// `messages`. Throws tmpl::TemplateError.
tmpl::Template loadCertificateTemplate(const std::string& dataDir, const Workspace& workspace, CertificateModel model,
                                       const i18n::Catalogue& messages);

// The certificate of one trainee in the output language of `l10n`. Throws std::invalid_argument
// when the trainee is not eligible for the model or the template is not a certificate template.
// Texts missing in the output language fall back to the main language with one warning per
// field in `warnings`. Validity of certifications (DGERT) is judged on the issue date.
doc::Document generateCertificate(const Workspace& workspace, const Trainee& trainee, CertificateModel model,
                                  const CertificateIdentity& identity, const i18n::Localizer& l10n,
                                  const tmpl::Template& certificateTemplate, Diagnostics& warnings);

// Canonical serialisation of every input the certificate depends on (for the register's inputs
// digest): the fields of the organisation, course, session and trainee the shipped template of
// the model prints, the logo's file name, the model, its variant and the language. Fields the
// model does not print do not take part, so correcting them makes no new version. The caller
// adds what is not workspace data: the template's digest and the logo file's, once a run.
std::string certificateInputs(const Workspace& workspace, const Trainee& trainee, CertificateModel model,
                              const std::string& lang);

// "HFA-2026-00012_martin-eloise.fr.pdf": the number, then the trainee's family and given names
// transliterated to lower-case ASCII (ICU "Any-Latin; Latin-ASCII"), words joined by '-'. The
// number makes it unique, even for homonyms. Relative to the folder the caller chooses.
// Throws std::invalid_argument when the number or language is not made of ASCII letters, digits and '-'.
std::string certificateFileName(const CertificateIdentity& identity, const Trainee& trainee, const std::string& lang);

// The models an organisation issues by default: FR realisation + attestation; PT dgert.
std::vector<CertificateModel> defaultModels(const Organisation& org);

}  // namespace fd::gen
