#include "generators/certificate/certificate.h"

#include <stdexcept>

#include "generators/certificate/certificate_record.h"
#include "generators/common/file_names.h"
#include "generators/common/furniture.h"
#include "generators/common/mentions.h"
#include "generators/common/text_picker.h"
#include "generators/template/schema.h"
#include "model/clock.h"

namespace fd::gen {

const tmpl::Vocabulary& certificateVocabulary() {
    static const tmpl::Vocabulary vocabulary{
        "certificate",
        {{"organisation", tmpl::Type::recordOf(tmpl::schema().organisation)},
         {"course", tmpl::Type::recordOf(tmpl::schema().course)},
         {"session", tmpl::Type::recordOf(tmpl::schema().session)},
         {"trainee", tmpl::Type::recordOf(tmpl::schema().trainee)},
         {"certificate", tmpl::Type::recordOf(certificateRecord())},
         {"document", tmpl::Type::recordOf(tmpl::schema().document)},
         {"mentions", tmpl::Type::recordOf(tmpl::schema().mentions)}}};
    return vocabulary;
}

tmpl::Template loadCertificateTemplate(const std::string& dataDir, const Workspace& workspace, CertificateModel model,
                                       const i18n::Catalogue& messages) {
    const std::string path = tmpl::locateTemplate(dataDir, workspace.root, "certificate", certificateModelId(model));
    return tmpl::Template::load(path, certificateVocabulary(), messages);
}

doc::Document generateCertificate(const Workspace& workspace, const Trainee& trainee, CertificateModel model,
                                  const CertificateIdentity& identity, const i18n::Localizer& l10n,
                                  const tmpl::Template& certificateTemplate, Diagnostics& warnings) {
    if (certificateTemplate.kind() != certificateVocabulary().kind)
        throw std::invalid_argument("not a certificate template: " + certificateTemplate.file());
    const Eligibility eligibility = certificateEligibility(workspace, trainee, model);
    if (!eligibility.eligible)
        throw std::invalid_argument("trainee " + trainee.id + " cannot receive the " + certificateModelId(model) +
                                    " certificate: " + eligibility.reasonKey);
    // Eligibility guarantees both exist.
    const Session& session = *workspace.findSession(trainee.sessionId);
    const Course& course = *workspace.findCourse(session.courseId);
    const Organisation& org = workspace.organisation;
    // A certificate speaks as of the day it is signed (TRACE-05).
    const Date today = identity.issueDate.empty() ? buildDate() : identity.issueDate;

    const CertificateFacts facts =
        certificateFacts(workspace, trainee, session, course, model, eligibility.variant, identity);
    tmpl::DocumentFacts document;
    document.lang = l10n.lang();
    document.translation = isTranslation(org, l10n.lang());
    document.prevailingLanguage = prevailingLanguage(org);
    document.today = today;
    document.indicatorsFile = indicatorsFileName(l10n.lang());
    const LegalMentions mentions = legalMentions(org, &course, l10n, today);

    tmpl::Bindings roots;
    roots.push("organisation", tmpl::organisationValue(org));
    roots.push("course", tmpl::courseValue(course));
    roots.push("session", tmpl::sessionValue(session));
    roots.push("trainee", tmpl::traineeValue(trainee));
    roots.push("certificate", certificateValue(facts));
    roots.push("document", tmpl::documentValue(document));
    roots.push("mentions", tmpl::mentionsValue(mentions));

    TextPicker picker(l10n.lang(), org.mainLanguage(), warnings);
    tmpl::RenderContext context{l10n, picker, tmpl::EvalEnv{&workspace, &l10n, today}};
    tmpl::Rendered rendered = certificateTemplate.render(roots, context);

    doc::Document result;
    result.blocks = std::move(rendered.blocks);
    result.page = rendered.page;
    applyFurniture(result, workspace, l10n, rendered.texts);
    return result;
}

}  // namespace fd::gen
