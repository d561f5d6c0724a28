// The course catalogue in one language (FR-CAT-01..04) as a document tree:
//   the catalogue template's sections (cover with edition date and validity, contents, the
//   organisation, accessibility, terms of sale and complaints…), and three parts built here,
//   each placed right after the template section of the same id:
//     courses   every course's programme, grouped by domain (level-1 headings), domains and
//               courses in the collation order of the language, each course on a new page;
//     results   the organisation's result indicators (results_part.h);
//     index     the courses by reference with the page of their entry (course_index.h).
//   A part whose section the template lacks (or whose section prints nothing) comes at the end.
#pragma once

#include <string>

#include "doc/doc.h"
#include "generators/indicators/compute.h"
#include "generators/programme/latest_course_results.h"
#include "generators/template/template.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

struct CatalogueTemplates {
    const tmpl::Template& catalogue;   // loadCatalogueTemplate
    const tmpl::Template& programme;   // loadProgrammeTemplate
};

// Dates (edition, validity, upcoming sessions) come from fd::buildDate(). `report` is the
// computation the indicators document of the same build publishes; `courseResults`, the
// figures every course's programme shows (generateProgramme). Texts missing in the output
// language fall back to the organisation's main language, with one warning per field.
doc::Document buildCatalogueDocument(const Workspace& workspace, const IndicatorsReport& report,
                                     const LatestCourseResults& courseResults, const i18n::Localizer& l10n,
                                     const CatalogueTemplates& templates, Diagnostics& warnings);

// "catalogue.<lang>.pdf" and "catalogue.<lang>.xlsx", relative to the output folder.
std::string catalogueFileName(const std::string& lang);
std::string catalogueWorkbookFileName(const std::string& lang);

}  // namespace fd::gen
