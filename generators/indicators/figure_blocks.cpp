#include "generators/indicators/figure_blocks.h"

#include <array>
#include <optional>

#include "generators/indicators/rate_kinds.h"
#include "generators/indicators/wording.h"

namespace fd::gen {

namespace {

// The plot height: the summary's table and its two charts fit on the first page.
constexpr double kChartHeight = 110;

// Series after the first (which takes the organisation's colour): distinct in print and in grey.
constexpr std::array<doc::Colour, 3> kOtherSeriesColours = {0xC55A11, 0x548235, 0x7F7F7F};

std::vector<RateKind> chartedRatesOf(const Figures& figures) {
    std::vector<RateKind> kinds;
    for (RateKind kind : kChartedRates)
        if (rateOf(figures, kind)) kinds.push_back(kind);
    return kinds;
}

// A bar in percent, only for a rate that may be read as one.
std::optional<double> barValue(const Rate& rate) {
    if (!rate.significant || !rate.ratio) return std::nullopt;
    return *rate.ratio * 100.0;
}

doc::BarChart emptyChart(const std::string& titleKey, const i18n::Localizer& l10n) {
    doc::BarChart chart;
    chart.title = doc::plain(l10n.msg(titleKey));
    chart.max = 100;
    chart.axisSuffix = percentAxisSuffix(l10n);
    chart.height = kChartHeight;
    return chart;
}

}  // namespace

doc::Table figuresTable(const Figures& figures, const i18n::Localizer& l10n) {
    doc::Table table;
    table.columns = {doc::Column{doc::plain(l10n.msg("indicators.column.indicator")), 2.0, doc::Align::Left},
                     doc::Column{doc::plain(l10n.msg("indicators.column.result")), 1.3, doc::Align::Left},
                     doc::Column{doc::plain(l10n.msg("indicators.column.counts")), 2.7, doc::Align::Left}};
    table.rows.push_back({doc::plain(l10n.msg("indicators.figure.trainees")),
                          doc::bold(l10n.fmt().integer(figures.trainees)), doc::Inlines{}});
    table.rows.push_back({doc::plain(l10n.msg("indicators.figure.hours")),
                          doc::bold(l10n.hours(figures.hoursDelivered)), doc::Inlines{}});
    for (RateKind kind : kAllRates) {
        const std::optional<Rate> rate = rateOf(figures, kind);
        if (!rate) continue;
        table.rows.push_back({doc::plain(rateName(kind, l10n)), doc::bold(rateReading(*rate, l10n)),
                              doc::plain(rateFraction(kind, *rate, l10n))});
    }
    return table;
}

doc::BarChart ratesChart(const Figures& figures, const std::string& seriesName, doc::Colour colour,
                         const i18n::Localizer& l10n) {
    doc::BarChart chart = emptyChart("indicators.chart.rates", l10n);
    doc::BarSeries series;
    series.name = seriesName;
    series.colour = colour;
    for (RateKind kind : chartedRatesOf(figures)) {
        const Rate rate = *rateOf(figures, kind);
        chart.categories.push_back(rateShortName(kind, l10n));
        series.values.push_back(barValue(rate));
        series.labels.push_back(chartLabel(rate, l10n));
    }
    chart.series.push_back(std::move(series));
    return chart;
}

bool hasBars(const doc::BarChart& chart) {
    for (const doc::BarSeries& series : chart.series)
        for (const std::optional<double>& value : series.values)
            if (value) return true;
    return false;
}

doc::BarChart yearOverYearChart(const YearSeries& years, const Figures& latest, doc::Colour accent,
                                const i18n::Localizer& l10n) {
    doc::BarChart chart = emptyChart("indicators.chart.year_over_year", l10n);
    for (const auto& entry : years) chart.categories.push_back(std::to_string(entry.first));
    const std::vector<RateKind> kinds = chartedRatesOf(latest);
    for (size_t i = 0; i < kinds.size(); ++i) {
        doc::BarSeries series;
        series.name = rateShortName(kinds[i], l10n);
        series.colour = i == 0 ? accent : kOtherSeriesColours[(i - 1) % kOtherSeriesColours.size()];
        for (const auto& entry : years) {
            // A scope's applicable rates do not change from year to year; 0/0 when it had no one.
            const Rate rate = rateOf(*entry.second, kinds[i]).value_or(Rate{});
            series.values.push_back(barValue(rate));
            series.labels.push_back(shortChartLabel(rate, l10n));
        }
        chart.series.push_back(std::move(series));
    }
    return chart;
}

}  // namespace fd::gen
