#include "generators/indicators/wording.h"

namespace fd::gen {

namespace {

std::string key(const char* prefix, RateKind kind) { return std::string(prefix) + rateKeyName(kind); }

i18n::Args sampleSize(const Rate& rate) { return {{"n", rate.denominator}}; }

}  // namespace

std::string periodText(const Period& period, const i18n::Localizer& l10n) {
    // The year goes in as text: as a number, ICU would group its digits ("2 025").
    if (const auto year = period.calendarYearOf())
        return l10n.msg("indicators.period.year", {{"year", std::to_string(*year)}});
    return l10n.msg("indicators.period.range",
                    {{"from", l10n.fmt().date(period.from)}, {"to", l10n.fmt().date(period.to)}});
}

std::string rateName(RateKind kind, const i18n::Localizer& l10n) { return l10n.msg(key("indicators.rate.", kind)); }

std::string rateShortName(RateKind kind, const i18n::Localizer& l10n) {
    return l10n.msg(key("indicators.short.", kind));
}

std::string rateBase(RateKind kind, const i18n::Localizer& l10n) { return l10n.msg(key("indicators.base.", kind)); }

std::string rateFraction(RateKind kind, const Rate& rate, const i18n::Localizer& l10n) {
    return l10n.msg(key("indicators.fraction.", kind),
                    {{"numerator", rate.numerator}, {"denominator", rate.denominator}});
}

std::string rateReading(const Rate& rate, const i18n::Localizer& l10n) {
    if (!rate.ratio) return l10n.msg("indicators.reading.no_data");
    if (!rate.significant) return l10n.msg("indicators.reading.not_significant", sampleSize(rate));
    return l10n.fmt().percent(*rate.ratio);
}

std::string significanceText(const Rate& rate, const i18n::Localizer& l10n) {
    if (!rate.ratio) return l10n.msg("indicators.reading.no_data");
    if (!rate.significant) return l10n.msg("indicators.reading.not_significant", sampleSize(rate));
    return l10n.msg("indicators.reading.significant", sampleSize(rate));
}

std::string chartLabel(const Rate& rate, const i18n::Localizer& l10n) {
    if (!rate.ratio) return l10n.msg("indicators.reading.no_data");
    if (!rate.significant) return l10n.msg("indicators.chart.not_significant", sampleSize(rate));
    return l10n.msg("indicators.chart.label", {{"rate", l10n.fmt().percent(*rate.ratio)}, {"n", rate.denominator}});
}

std::string shortChartLabel(const Rate& rate, const i18n::Localizer& l10n) {
    if (!rate.ratio) return l10n.msg("indicators.chart.sample", sampleSize(rate));
    if (!rate.significant) return l10n.msg("indicators.chart.not_significant_short");
    return l10n.fmt().percent(*rate.ratio);
}

std::string percentAxisSuffix(const i18n::Localizer& l10n) {
    // ICU knows where the sign goes and with which space; fr, pt and en all put it after the number.
    const std::string hundred = l10n.fmt().percent(1.0);
    const std::string digits = l10n.fmt().integer(100);
    if (hundred.compare(0, digits.size(), digits) == 0) return hundred.substr(digits.size());
    return "%";
}

}  // namespace fd::gen
