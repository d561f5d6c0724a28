// The document blocks that show one scope's figures, for the organisation or for a course:
// a table that always gives numerator and denominator, and bar charts whose bars exist only for
// significant rates (below the small-sample threshold the bar is a gap labelled "n.s. (n = 3)").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "doc/doc.h"
#include "generators/indicators/compute.h"
#include "i18n/i18n.h"

namespace fd::gen {

// Indicator | result as it may be read | numerator and denominator in words; rates that do
// not apply to the scope are left out.
doc::Table figuresTable(const Figures& figures, const i18n::Localizer& l10n);

// One bar per headline rate that applies to the scope.
doc::BarChart ratesChart(const Figures& figures, const std::string& seriesName, doc::Colour colour,
                         const i18n::Localizer& l10n);

// Whether some bar of `chart` has a value. A chart without one only repeats the table's "not
// significant" and is better left out.
bool hasBars(const doc::BarChart& chart);

// The figures of one scope in each year, ascending.
using YearSeries = std::vector<std::pair<int, const Figures*>>;

// Years as categories, one series per headline rate that applies in `latest` (the scope's
// current figures); the first series takes `accent`. Labels are the short ones ("n.s."): with
// several bars per year there is no room for "(n = 12)".
doc::BarChart yearOverYearChart(const YearSeries& years, const Figures& latest, doc::Colour accent,
                                const i18n::Localizer& l10n);

}  // namespace fd::gen
