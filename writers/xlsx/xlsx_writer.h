// Writes a format-neutral Workbook as an .xlsx file with libxlsxwriter: typed cells (numbers,
// real dates, money and percent formats), a styled and frozen header row, autofilters, fitted
// column widths, native charts and document properties.
#pragma once

#include <string>

#include "doc/workbook.h"

namespace fd::xlsx {

// Writes `workbook` to `path` atomically: the file appears complete or not at all.
// Reproducible: the same workbook gives the same bytes (core.xml dates come from
// properties.created; libxlsxwriter stamps nothing else with the time). created == 0 is
// libxlsxwriter's "now" and so the one value that is not reproducible.
// Any sheet over kConstantMemoryRows rows switches the whole workbook to libxlsxwriter's
// constant-memory mode (rows streamed to disk, inline strings instead of a shared table).
// Throws std::invalid_argument for an invalid sheet name, a row wider than its sheet, a date
// Excel cannot hold or a chart over cells that do not exist; fd::OutputError when writing fails.
void writeXlsx(const doc::Workbook& workbook, const std::string& path);

constexpr size_t kConstantMemoryRows = 10000;

}  // namespace fd::xlsx
