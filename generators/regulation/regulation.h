// The internal regulations of a training organisation, in one language: the règlement
// intérieur of a French organisation (FR-RI, CT L6352-3 and R6352-1 to R6352-15) or the
// regulamento de funcionamento da formação of a Portuguese one (PT-REG). Their articles come
// from templates/regulation/<fr|pt>.xml (or the workspace's own copy), their wording from
// locales/*/regulation.xlf; English output is a translation of the prevailing version (EN-02).
#pragma once

#include <string>

#include "doc/doc.h"
#include "generators/regulation/legal_facts.h"
#include "generators/template/template.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// Roots: organisation, regulation (LegalFacts), document, mentions.
const tmpl::Vocabulary& regulationVocabulary();

// "fr" for a French organisation, "pt" for a Portuguese one: the law that applies decides,
// whatever the output language.
std::string regulationTemplateName(const Organisation& org);

// WORKSPACE/templates/regulation/<name>.xml when present, else DATA_DIR's; checked against
// `messages`. Throws tmpl::TemplateError.
tmpl::Template loadRegulationTemplate(const std::string& dataDir, const Workspace& workspace,
                                      const i18n::Catalogue& messages);

// The edition all languages share (see legalEdition); `prevailing` speaks the language of the
// jurisdiction.
Edition regulationEdition(const Workspace& workspace, const tmpl::Template& regulationTemplate,
                          const i18n::Localizer& prevailing);

doc::Document generateRegulation(const Workspace& workspace, const i18n::Localizer& l10n,
                                 const tmpl::Template& regulationTemplate, const Edition& edition,
                                 Diagnostics& warnings);

// "regulation.<lang>.pdf", relative to the output folder.
std::string regulationFileName(const std::string& lang);

}  // namespace fd::gen
