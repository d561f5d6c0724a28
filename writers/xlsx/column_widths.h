// Column widths fitted to content, in Excel's unit (the width of one '0' of the default font,
// close enough to one character of text).
#pragma once

#include <cstddef>

#include "doc/workbook.h"

namespace fd::xlsx {

// Characters the cell shows once formatted: "1,234.56 €", "87.5%", "21/11/2026", "7.50"; for
// text, its longest line.
size_t displayedLength(const doc::Cell& cell);

// The width that fits column `column` of `sheet`: its longest cell, or the longest word of
// its header (headers wrap) plus room for the filter button, plus a margin; clamped to the
// column's minWidth..maxWidth.
double fittedWidth(const doc::Sheet& sheet, size_t column);

}  // namespace fd::xlsx
