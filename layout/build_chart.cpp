// Vertical bar charts drawn as vectors: gridlines at quarters of the maximum, one bar per
// category and series with its value label above, category labels below, and a legend.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "layout/flow_builder.h"

namespace fd::layout {

namespace {

// Tick values are whole numbers in practice (0, 25, 50...); otherwise one decimal, with the
// language's decimal mark (a comma except in English).
std::string formatNumber(double v, const std::string& language) {
    char buf[32];
    if (std::fabs(v - std::round(v)) < 1e-9) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (language.compare(0, 2, "en") != 0) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

}  // namespace

void FlowBuilder::operator()(const doc::BarChart& chart) {
    const ChartStyle& cs = ctx_.style.chart;
    LineBreaker& breaker = ctx_.breaker;
    const size_t categories = chart.categories.size(), series = chart.series.size();
    if (categories == 0 || series == 0) return;
    const double max = chart.max > 0 ? chart.max : 100;

    Item item;
    double y = 0;
    const auto placeLines = [&](std::vector<SetLine>&& lines, const CharFormat& f, double leading, double x) {
        const double base = baselineOffset(ctx_.fonts, f.size, leading);
        for (SetLine& line : lines) {
            placeLine(std::move(line), x, y - base, item.ops);
            y -= leading;
        }
    };
    if (!chart.title.empty()) {
        placeLines(breaker.set(chart.title, cs.title, width_, doc::Align::Left), cs.title, cs.title.size * 1.3, left_);
        y -= 6;
    }

    // Axis: tick labels in a column at the left, then the plot.
    std::string ticks[5];
    double tickWidth = 0;
    for (int k = 0; k <= 4; ++k) {
        ticks[k] = formatNumber(max * k / 4, ctx_.language) + chart.axisSuffix;
        tickWidth = std::max(tickWidth, breaker.width(ticks[k], cs.tick));
    }
    const double plotLeft = left_ + tickWidth + 5, plotWidth = left_ + width_ - plotLeft;
    const double labelRoom = cs.valueLabel.size * 1.6;   // above a full bar, for its label
    const double plotTop = y - labelRoom;
    const double plotHeight = std::min(chart.height, ctx_.bodyHeight * 0.6);
    const double plotBottom = plotTop - plotHeight;
    for (int k = 0; k <= 4; ++k) {
        const double gy = plotBottom + plotHeight * k / 4;
        const bool axis = k == 0;
        item.ops.emplace_back(LineOp{plotLeft, gy, plotLeft + plotWidth, gy, axis ? cs.axis : cs.grid,
                                     axis ? cs.axisWidth : cs.gridWidth});
        SetLine label = breaker.setLine(ticks[k], cs.tick);
        const double lx = plotLeft - 5 - label.width;
        placeLine(std::move(label), lx, gy - cs.tick.size * 0.35, item.ops);
    }

    // Bars: each category slot holds one bar per series, centred.
    const double slot = plotWidth / categories;
    const double barWidth = std::min(slot * cs.barShare / series, cs.maxBarWidth);
    const double barGap = std::min(1.5, barWidth * 0.1);   // keeps neighbouring series apart
    const double groupWidth = barWidth * series;
    const double labelDescent = ctx_.fonts.descentEm() * cs.valueLabel.size;
    for (size_t c = 0; c < categories; ++c) {
        for (size_t s = 0; s < series; ++s) {
            const doc::BarSeries& ser = chart.series[s];
            const double bx = plotLeft + c * slot + (slot - groupWidth) / 2 + s * barWidth + barGap / 2;
            const double bw = barWidth - barGap;
            const bool hasValue = c < ser.values.size() && ser.values[c].has_value();
            const double value = hasValue ? *ser.values[c] : 0;
            std::string label = c < ser.labels.size() ? ser.labels[c] : std::string();
            double top = plotBottom;
            if (hasValue) {
                const double h = std::clamp(value / max, 0.0, 1.0) * plotHeight;
                RectOp bar;
                bar.x = bx;
                bar.y = plotBottom;
                bar.w = bw;
                bar.h = h;
                bar.fill = ser.colour;
                item.ops.emplace_back(bar);
                top += h;
                if (label.empty()) label = formatNumber(value, ctx_.language) + chart.axisSuffix;
            } else {
                // No value: an empty dashed outline, so the gap reads as "no data", not as zero.
                const double h = std::max(8.0, plotHeight * 0.1);
                top += h;
                item.ops.emplace_back(LineOp{bx, plotBottom, bx, top, cs.missingOutline, 0.6, true});
                item.ops.emplace_back(LineOp{bx, top, bx + bw, top, cs.missingOutline, 0.6, true});
                item.ops.emplace_back(LineOp{bx + bw, top, bx + bw, plotBottom, cs.missingOutline, 0.6, true});
            }
            if (!label.empty()) {
                const std::string fitted = breaker.ellipsize(label, cs.valueLabel, std::max(slot / series, bw) + 4);
                SetLine l = breaker.setLine(fitted, cs.valueLabel);
                const double lx = std::clamp(bx + bw / 2 - l.width / 2, left_, left_ + width_ - l.width);
                placeLine(std::move(l), lx, top + 2 + labelDescent, item.ops);
            }
        }
    }

    // Category labels: wrapped in their slot, the last allowed line shortened with "…".
    const double catLeading = cs.categoryLabel.size * 1.25;
    const double labelWidth = std::max(1.0, slot - 4);
    const double labelsTop = plotBottom - 4;
    size_t usedLines = 0;
    for (size_t c = 0; c < categories; ++c) {
        const std::string& name = chart.categories[c];
        auto lines = breaker.set(doc::plain(name), cs.categoryLabel, labelWidth, doc::Align::Center);
        const auto maxLines = static_cast<size_t>(std::max(1, cs.categoryLabelLines));
        if (lines.size() > maxLines) {
            const std::string rest = breaker.ellipsize(name.substr(lines[maxLines - 1].begin), cs.categoryLabel,
                                                       labelWidth);
            lines.resize(maxLines - 1);
            SetLine last = breaker.setLine(rest, cs.categoryLabel);
            const double shift = std::max(0.0, (labelWidth - last.width) / 2);
            for (TextOp& t : last.texts) t.x += shift;
            for (LinkOp& l : last.links) l.x += shift;
            lines.push_back(std::move(last));
        }
        usedLines = std::max(usedLines, lines.size());
        y = labelsTop;
        placeLines(std::move(lines), cs.categoryLabel, catLeading, plotLeft + c * slot + 2);
    }
    y = labelsTop - usedLines * catLeading;

    // Legend: a swatch and the series name, flowing left to right.
    if (series > 1 || !chart.series.front().name.empty()) {
        y -= 8;
        const double leading = cs.legend.size * 1.3;
        const double swatch = cs.legend.size * 0.8;
        const double base = baselineOffset(ctx_.fonts, cs.legend.size, leading);
        double lx = plotLeft;
        for (const doc::BarSeries& ser : chart.series) {
            const std::string name = breaker.ellipsize(ser.name, cs.legend, plotWidth - swatch - 4);
            SetLine text = breaker.setLine(name, cs.legend);
            const double entry = swatch + 4 + text.width;
            if (lx > plotLeft && lx + entry > left_ + width_) {
                lx = plotLeft;
                y -= leading;
            }
            RectOp sw;
            sw.x = lx;
            sw.y = y - base;
            sw.w = swatch;
            sw.h = swatch;
            sw.fill = ser.colour;
            item.ops.emplace_back(sw);
            placeLine(std::move(text), lx + swatch + 4, y - base, item.ops);
            lx += entry + 14;
        }
        y -= leading;
    }
    item.height = -y;
    open(ctx_.style.blockGap);
    push(std::move(item));
    close(ctx_.style.blockGap);
}

}  // namespace fd::layout
