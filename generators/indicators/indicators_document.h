// The published result indicators (Qualiopi indicators 2 and 3, FR-RES-01..05) as a document
// tree in one language: a summary for the organisation (key figures with numerator and
// denominator, rates chart, year over year, period, calculation date), every course at a glance,
// the method; then one section per course, with the indicator 3 content for certifying courses,
// each course with results in the period starting a new page.
// Built in C++ from the section builders of document_sections.h (see there why not a template).
#pragma once

#include <string>

#include "doc/doc.h"
#include "generators/indicators/compute.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// The calculation date printed is report.calculationDate: computeIndicators' caller passes
// fd::buildDate() (SOURCE_DATE_EPOCH when set). Texts missing in the output language fall back
// to the organisation's main language, with one warning per field in `warnings`.
doc::Document buildIndicatorsDocument(const Workspace& workspace, const IndicatorsReport& report,
                                      const i18n::Localizer& l10n, Diagnostics& warnings);

// "indicators.<lang>.xlsx", next to the PDF (whose name is gen::indicatorsFileName).
std::string indicatorsWorkbookFileName(const std::string& lang);

}  // namespace fd::gen
