// The result indicators as a workbook (FR-RES-01..05), for people who re-use the figures:
//   Summary       one row per organisation-wide figure: numerator, denominator and who it counts,
//                 the rate as a number with a percent format (empty when undefined), whether it is
//                 significant, the period and the calculation date.
//   Courses       one row per course: trainees, trainee hours, each rate and its n; with a column
//                 chart of the headline rates per course.
//   Year on year  the same per calendar year, all courses first, then each course in the years it
//                 had trainees; with a column chart of the all-courses rows.
// In Courses and Year on year, which feed the charts, a rate below the small-sample threshold is
// left empty next to its n, so that no chart shows a misleading 100 %; Summary keeps every
// defined rate with its significance spelled out.
#pragma once

#include "doc/workbook.h"
#include "generators/indicators/compute.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// Course titles missing in the output language fall back to the organisation's main language,
// with one warning per course in `warnings`.
doc::Workbook buildIndicatorsWorkbook(const Workspace& workspace, const IndicatorsReport& report,
                                      const i18n::Localizer& l10n, Diagnostics& warnings);

}  // namespace fd::gen
