// A workbook as openpyxl (/usr/bin/python3) reads it back: every cell with its type, value and
// number format, and the cell ranges each chart of xl/charts/ points at. Independent of the
// writer that produced the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace fd::e2e {

struct DumpedCell {
    enum class Type { Empty, Number, Text, Date } type = Type::Empty;
    std::string text;          // text, or the date as YYYY-MM-DD
    double number = 0;
    std::string format;        // the number format, e.g. "0.0%"
};

struct DumpedSheet {
    std::string name;
    std::vector<std::vector<DumpedCell>> rows;   // from row 1 (the header)
};

struct DumpedChart {
    std::string file;                   // xl/charts/chart1.xml
    std::vector<std::string> ranges;    // <c:f> formulas: 'Sheet name'!$A$2:$A$9
};

struct DumpedWorkbook {
    std::vector<DumpedSheet> sheets;
    std::vector<DumpedChart> charts;
};

// Throws std::runtime_error when openpyxl cannot read the file.
DumpedWorkbook dumpWorkbook(const std::string& xlsx);

// The ranges of the charts that point at `sheet`, one list per chart.
std::vector<std::vector<std::string>> chartRangesOn(const DumpedWorkbook& book, const std::string& sheet);

}  // namespace fd::e2e
