#include "generators/programme/programme_results.h"

#include <optional>

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

ProgrammeResults programmeResults(const LatestCourseResults& latest, const Course& course, const i18n::Localizer& l10n) {
    ProgrammeResults results;
    results.calculated = latest.calculated();
    const LatestFigures* found = latest.of(course.id);
    if (!found) return results;
    results.available = true;
    results.year = found->year;
    results.trainees = found->figures.trainees;
    results.satisfaction = rateText(found->figures.satisfaction, l10n);
    results.success = optionalRateText(found->figures.success, l10n);
    results.certification = optionalRateText(found->figures.certification, l10n);
    return results;
}

}  // namespace fd::gen
