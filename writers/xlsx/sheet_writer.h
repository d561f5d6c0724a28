// One worksheet: header row, typed cells row by row (in order, as constant-memory mode
// requires), fitted column widths, frozen header, autofilter and charts.
#pragma once

#include <xlsxwriter.h>

#include "doc/workbook.h"
#include "writers/xlsx/cell_formats.h"

namespace fd::xlsx {

// Throws std::invalid_argument for content Excel cannot hold (see writeXlsx) and
// fd::OutputError when libxlsxwriter refuses a cell.
void writeSheet(lxw_workbook* workbook, lxw_worksheet* worksheet, const doc::Sheet& sheet,
                const CellFormats& formats);

}  // namespace fd::xlsx
