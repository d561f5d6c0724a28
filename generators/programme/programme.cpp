#include "generators/programme/programme.h"

#include <stdexcept>

#include "generators/common/file_names.h"
#include "generators/common/furniture.h"
#include "generators/common/mentions.h"
#include "generators/common/text_picker.h"
#include "generators/programme/programme_roots.h"
#include "generators/template/schema.h"
#include "model/clock.h"

namespace fd::gen {

const tmpl::Vocabulary& programmeVocabulary() {
    static const tmpl::Vocabulary vocabulary{
        "programme",
        {{"organisation", tmpl::Type::recordOf(tmpl::schema().organisation)},
         {"course", tmpl::Type::recordOf(tmpl::schema().course)},
         {"document", tmpl::Type::recordOf(tmpl::schema().document)},
         {"mentions", tmpl::Type::recordOf(tmpl::schema().mentions)},
         {"results", tmpl::Type::recordOf(resultsRecord())},
         {"registration", tmpl::Type::recordOf(registrationRecord())}}};
    return vocabulary;
}

std::string programmeTemplateName(const Organisation& org) { return org.jurisdiction == Jurisdiction::PT ? "pt" : "fr"; }

tmpl::Template loadProgrammeTemplate(const std::string& dataDir, const Workspace& workspace,
                                     const i18n::Catalogue& messages) {
    const std::string path =
        tmpl::locateTemplate(dataDir, workspace.root, "programme", programmeTemplateName(workspace.organisation));
    return tmpl::Template::load(path, programmeVocabulary(), messages);
}

tmpl::Rendered renderProgramme(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                               const tmpl::Template& programmeTemplate, const LatestCourseResults& results,
                               Diagnostics& warnings) {
    if (programmeTemplate.kind() != programmeVocabulary().kind)
        throw std::invalid_argument("not a programme template: " + programmeTemplate.file());
    const Organisation& org = workspace.organisation;
    const Date today = buildDate();

    tmpl::DocumentFacts facts;
    facts.lang = l10n.lang();
    facts.translation = isTranslation(org, l10n.lang());
    facts.prevailingLanguage = prevailingLanguage(org);
    facts.today = today;
    facts.indicatorsFile = indicatorsFileName(l10n.lang());
    const LegalMentions mentions = legalMentions(org, &course, l10n, today);
    const ProgrammeResults courseResults = programmeResults(results, course, l10n);
    const Registration registration = registrationOf(org);

    tmpl::Bindings roots;
    roots.push("organisation", tmpl::organisationValue(org));
    roots.push("course", tmpl::courseValue(course));
    roots.push("document", tmpl::documentValue(facts));
    roots.push("mentions", tmpl::mentionsValue(mentions));
    roots.push("results", resultsValue(courseResults));
    roots.push("registration", registrationValue(registration));

    TextPicker picker(l10n.lang(), org.mainLanguage(), warnings);
    tmpl::RenderContext context{l10n, picker, tmpl::EvalEnv{&workspace, &l10n, today}};
    return programmeTemplate.render(roots, context);
}

doc::Document generateProgramme(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                                const tmpl::Template& programmeTemplate, const LatestCourseResults& results,
                                Diagnostics& warnings) {
    tmpl::Rendered rendered = renderProgramme(workspace, course, l10n, programmeTemplate, results, warnings);
    doc::Document document;
    document.blocks = std::move(rendered.blocks);
    document.page = rendered.page;
    applyFurniture(document, workspace, l10n, rendered.texts);
    return document;
}

std::string programmeFileName(const Course& course, const std::string& lang) {
    checkFileNamePart(course.id);
    checkFileNamePart(lang);
    return "programmes/" + course.id + '.' + lang + ".pdf";
}

}  // namespace fd::gen
