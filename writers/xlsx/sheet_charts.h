// Native Excel charts over a sheet's own cells (SheetChart): they stay live in Excel.
#pragma once

#include <xlsxwriter.h>

#include "doc/workbook.h"

namespace fd::xlsx {

// Throws std::invalid_argument when a chart of `sheet` refers to columns or rows it lacks.
void validateCharts(const doc::Sheet& sheet);

// Adds `chart` to `worksheet`: one series per value column, named by its header, categories
// from the category column; the legend only when there is something to tell apart.
void addChart(lxw_workbook* workbook, lxw_worksheet* worksheet, const doc::Sheet& sheet, const doc::SheetChart& chart);

}  // namespace fd::xlsx
