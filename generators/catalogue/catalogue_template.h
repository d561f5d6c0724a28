// The catalogue's own template (templates/catalogue/<fr|pt>.xml): cover, contents, the pages
// about the organisation, accessibility, terms of sale and complaints. The course entries, the
// results page and the index are built in C++ (catalogue_document.h) and placed among its
// sections.
#pragma once

#include <string>

#include "generators/template/template.h"
#include "generators/template/types.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

// What the catalogue template can say about the edition (FR-CAT-02), through the root `catalogue`.
struct CatalogueFacts {
    std::string year;          // the year the catalogue is for, "2026" (text: a year takes no digit grouping)
    Date edition;              // the build date
    Date validUntil;           // 31 December of that year
    int64_t courses = 0;       // number of courses listed
    int64_t domains = 0;       // number of domains they are grouped in
};

// The year a catalogue generated on `today` is for: the current year until the end of September,
// the next one from October on, as organisations publish next year's offer in the autumn. So a
// catalogue is always valid for three months at least, and at most fifteen (FR-CAT-02).
int catalogueYear(const Date& today);

// The edition of a catalogue generated on `today` listing `courses` courses in `domains` domains.
CatalogueFacts catalogueFacts(const Date& today, size_t courses, size_t domains);

// Roots: organisation, document (DocumentFacts), mentions (LegalMentions about the organisation
// as a whole), catalogue (CatalogueFacts).
const tmpl::Vocabulary& catalogueVocabulary();
tmpl::Value catalogueValue(const CatalogueFacts& facts);

// "fr" for a French organisation, "pt" for a Portuguese one, as for programmes.
std::string catalogueTemplateName(const Organisation& org);

// WORKSPACE/templates/catalogue/<name>.xml when present, else DATA_DIR's; checked against
// `messages`. Throws tmpl::TemplateError.
tmpl::Template loadCatalogueTemplate(const std::string& dataDir, const Workspace& workspace,
                                     const i18n::Catalogue& messages);

}  // namespace fd::gen
