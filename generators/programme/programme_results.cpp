#include "generators/programme/programme_results.h"

#include <optional>

#include "generators/indicators/compute.h"
#include "generators/indicators/wording.h"

namespace fd::gen {

namespace {

// The percentage with its counts when it may be read as one, else the indicators' own reading
// ("non significatif (n = 3)", "aucune donnée").
std::string rateText(const Rate& rate, const i18n::Localizer& l10n) {
    if (!rate.ratio || !rate.significant) return rateReading(rate, l10n);
    return l10n.msg("programme.results.rate", {{"percent", l10n.fmt().percent(*rate.ratio)},
                                               {"numerator", rate.numerator},
                                               {"denominator", rate.denominator}});
}

std::string optionalRateText(const std::optional<Rate>& rate, const i18n::Localizer& l10n) {
    return rate ? rateText(*rate, l10n) : std::string();
}

}  // namespace

ProgrammeResults programmeResults(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                                  const Date& today) {
    ProgrammeResults results;
    results.calculated = today;
    // One report covers every year up to the latest one with results; the course's own latest
    // year may be earlier than the organisation's.
    const int lastYear = latestYearWithResults(workspace, today);
    const IndicatorsReport report = computeIndicators(workspace, Period::calendarYear(lastYear), today);
    for (auto year = report.years.rbegin(); year != report.years.rend(); ++year) {
        const Figures* figures = courseFiguresInYear(report, year->year, course.id);
        if (!figures || figures->trainees == 0) continue;
        results.available = true;
        results.year = year->year;
        results.trainees = figures->trainees;
        results.satisfaction = rateText(figures->satisfaction, l10n);
        results.success = optionalRateText(figures->success, l10n);
        results.certification = optionalRateText(figures->certification, l10n);
        break;
    }
    return results;
}

}  // namespace fd::gen
