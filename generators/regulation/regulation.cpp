#include "generators/regulation/regulation.h"

#include <stdexcept>

#include "generators/common/file_names.h"
#include "generators/regulation/legal_document.h"

namespace fd::gen {

namespace {

constexpr const char* kKind = "regulation";

void expectRegulationTemplate(const tmpl::Template& regulationTemplate) {
    if (regulationTemplate.kind() != kKind)
        throw std::invalid_argument("not a regulation template: " + regulationTemplate.file());
}

}  // namespace

const tmpl::Vocabulary& regulationVocabulary() {
    static const tmpl::Vocabulary vocabulary = legalVocabulary(kKind);
    return vocabulary;
}

std::string regulationTemplateName(const Organisation& org) { return org.jurisdiction == Jurisdiction::PT ? "pt" : "fr"; }

tmpl::Template loadRegulationTemplate(const std::string& dataDir, const Workspace& workspace,
                                      const i18n::Catalogue& messages) {
    const std::string path =
        tmpl::locateTemplate(dataDir, workspace.root, kKind, regulationTemplateName(workspace.organisation));
    return tmpl::Template::load(path, regulationVocabulary(), messages);
}

Edition regulationEdition(const Workspace& workspace, const tmpl::Template& regulationTemplate,
                          const i18n::Localizer& prevailing) {
    expectRegulationTemplate(regulationTemplate);
    return legalEdition(workspace, regulationTemplate, prevailing);
}

doc::Document generateRegulation(const Workspace& workspace, const i18n::Localizer& l10n,
                                 const tmpl::Template& regulationTemplate, const Edition& edition,
                                 Diagnostics& warnings) {
    expectRegulationTemplate(regulationTemplate);
    return renderLegalDocument(workspace, regulationTemplate, edition, l10n, warnings);
}

std::string regulationFileName(const std::string& lang) {
    checkFileNamePart(lang);
    return std::string(kKind) + '.' + lang + ".pdf";
}

}  // namespace fd::gen
