#include "writers/xlsx/sheet_charts.h"

#include <stdexcept>
#include <string>

#include "util/atomic_file.h"

namespace fd::xlsx {
namespace {

uint8_t chartType(doc::ChartKind kind) {
    switch (kind) {
        case doc::ChartKind::Column: return LXW_CHART_COLUMN;
        case doc::ChartKind::Bar: return LXW_CHART_BAR;
        case doc::ChartKind::Line: return LXW_CHART_LINE;
        case doc::ChartKind::Pie: return LXW_CHART_PIE;
    }
    return LXW_CHART_COLUMN;
}

[[noreturn]] void reject(const doc::Sheet& sheet, const doc::SheetChart& chart, const std::string& problem) {
    throw std::invalid_argument("XLSX writer: sheet \"" + sheet.name + "\" chart \"" + chart.title + "\": " + problem);
}

}  // namespace

void validateCharts(const doc::Sheet& sheet) {
    const int columns = static_cast<int>(sheet.columns.size());
    const int rows = static_cast<int>(sheet.rows.size());
    for (const doc::SheetChart& chart : sheet.charts) {
        if (chart.categoryColumn < 0 || chart.categoryColumn >= columns)
            reject(sheet, chart, "no category column " + std::to_string(chart.categoryColumn));
        if (chart.valueColumns.empty()) reject(sheet, chart, "no value column");
        for (int column : chart.valueColumns)
            if (column < 0 || column >= columns) reject(sheet, chart, "no value column " + std::to_string(column));
        if (chart.firstRow < 0 || chart.firstRow > chart.lastRow || chart.lastRow >= rows)
            reject(sheet, chart, "rows " + std::to_string(chart.firstRow) + ".." + std::to_string(chart.lastRow) +
                                     " outside the " + std::to_string(rows) + " data rows");
        if (chart.anchorRow < 0 || chart.anchorColumn < 0) reject(sheet, chart, "negative anchor");
    }
}

void addChart(lxw_workbook* workbook, lxw_worksheet* worksheet, const doc::Sheet& sheet, const doc::SheetChart& spec) {
    lxw_chart* chart = workbook_add_chart(workbook, chartType(spec.kind));
    if (!chart) throw OutputError("XLSX writer: cannot create chart \"" + spec.title + "\"");

    // Data rows start under the header, at worksheet row 1.
    const auto first = static_cast<lxw_row_t>(spec.firstRow + 1);
    const auto last = static_cast<lxw_row_t>(spec.lastRow + 1);
    const auto categories = static_cast<lxw_col_t>(spec.categoryColumn);
    const char* name = sheet.name.c_str();
    for (int column : spec.valueColumns) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        const auto values = static_cast<lxw_col_t>(column);
        chart_series_set_categories(series, name, first, categories, last, categories);
        chart_series_set_values(series, name, first, values, last, values);
        chart_series_set_name_range(series, name, 0, values);
    }

    if (!spec.title.empty()) chart_title_set_name(chart, spec.title.c_str());
    if (spec.kind != doc::ChartKind::Pie) {
        // libxlsxwriter names axes by position: in a bar chart the values run along x.
        lxw_chart_axis* valueAxis = spec.kind == doc::ChartKind::Bar ? chart->x_axis : chart->y_axis;
        if (!spec.yAxisTitle.empty()) chart_axis_set_name(valueAxis, spec.yAxisTitle.c_str());
        if (spec.yMax) chart_axis_set_max(valueAxis, *spec.yMax);
        if (spec.valueColumns.size() == 1) chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    }

    const lxw_error error = worksheet_insert_chart(worksheet, static_cast<lxw_row_t>(spec.anchorRow),
                                                   static_cast<lxw_col_t>(spec.anchorColumn), chart);
    if (error != LXW_NO_ERROR)
        throw OutputError("XLSX writer: sheet \"" + sheet.name + "\": cannot insert chart \"" + spec.title +
                          "\": " + lxw_strerror(error));
}

}  // namespace fd::xlsx
