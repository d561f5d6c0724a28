// The format-neutral spreadsheet model. Generators build it; writers/xlsx writes it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "doc/doc.h"

namespace fd::doc {

// A typed cell. Money is integer cents (written as euros with a € format), Hours hundredths
// of an hour, Percent a ratio in [0,1] (written as a number with a percent format), Date ISO.
struct CellText { std::string value; };
struct CellInteger { int64_t value = 0; };
struct CellMoney { int64_t cents = 0; };
struct CellHours { int64_t hundredths = 0; };
struct CellDate { int year = 0, month = 0, day = 0; };
struct CellPercent { double ratio = 0; };
struct CellEmpty {};
using Cell = std::variant<CellEmpty, CellText, CellInteger, CellMoney, CellHours, CellDate, CellPercent>;

struct SheetColumn {
    std::string header;
    ColumnType type = ColumnType::Text;
    double minWidth = 0;              // characters; the writer fits widths to content
    double maxWidth = 60;
};

inline SheetColumn sheetColumn(std::string header, ColumnType type) {
    SheetColumn c;
    c.header = std::move(header);
    c.type = type;
    return c;
}

enum class ChartKind { Column, Bar, Line, Pie };

// A native chart over a range of this sheet: categories from one column, one series per value column.
struct SheetChart {
    ChartKind kind = ChartKind::Column;
    std::string title;
    int categoryColumn = 0;
    std::vector<int> valueColumns;
    int firstRow = 0, lastRow = 0;    // data rows, 0-based, excluding the header
    int anchorRow = 0, anchorColumn = 0;  // where the chart sits
    std::string yAxisTitle;
    std::optional<double> yMax;
};

struct Sheet {
    std::string name;                 // <= 31 chars, no []:*?/\ (the writer checks)
    std::vector<SheetColumn> columns;
    std::vector<std::vector<Cell>> rows;
    bool freezeHeader = true;
    bool autofilter = true;
    std::vector<SheetChart> charts;
};

struct WorkbookProperties {
    std::string title, subject, author, company, keywords, comments;
    std::string language;
    int64_t created = 0;              // Unix seconds, from SOURCE_DATE_EPOCH when set
};

struct Workbook {
    WorkbookProperties properties;
    std::vector<Sheet> sheets;
};

}  // namespace fd::doc
