#include "writers/xlsx/sheet_writer.h"

#include <stdexcept>
#include <string>

#include "util/atomic_file.h"
#include "writers/xlsx/column_widths.h"
#include "writers/xlsx/sheet_charts.h"

namespace fd::xlsx {
namespace {

std::string cellName(lxw_row_t row, lxw_col_t column) {
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, row, column);
    return name;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Excel's calendar starts in 1900 and ends in 9999.
bool isExcelDate(const doc::CellDate& d) {
    static const int daysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.year < 1900 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
    return d.day <= daysIn[d.month - 1] + (d.month == 2 && isLeapYear(d.year) ? 1 : 0);
}

class CellWriter {
public:
    CellWriter(lxw_worksheet* worksheet, const doc::Sheet& sheet, const CellFormats& formats)
        : worksheet_(worksheet), sheet_(sheet), formats_(formats) {}

    void write(lxw_row_t row, lxw_col_t column, const doc::Cell& cell) {
        row_ = row;
        column_ = column;
        std::visit(*this, cell);
    }

    void header(lxw_col_t column, const std::string& text) {
        row_ = 0;
        column_ = column;
        check(worksheet_write_string(worksheet_, 0, column, text.c_str(), formats_.header));
    }

    void operator()(const doc::CellEmpty&) {}
    void operator()(const doc::CellText& c) {
        check(worksheet_write_string(worksheet_, row_, column_, c.value.c_str(), nullptr));
    }
    void operator()(const doc::CellInteger& c) { number(static_cast<double>(c.value), formats_.integer); }
    void operator()(const doc::CellMoney& c) { number(static_cast<double>(c.cents) / 100.0, formats_.money); }
    void operator()(const doc::CellHours& c) { number(static_cast<double>(c.hundredths) / 100.0, formats_.hours); }
    void operator()(const doc::CellPercent& c) { number(c.ratio, formats_.percent); }
    void operator()(const doc::CellDate& c) {
        if (!isExcelDate(c))
            throw std::invalid_argument("XLSX writer: sheet \"" + sheet_.name + "\" cell " + cellName(row_, column_) +
                                        ": not a date Excel can hold: " + std::to_string(c.year) + "-" +
                                        std::to_string(c.month) + "-" + std::to_string(c.day));
        lxw_datetime date{c.year, c.month, c.day, 0, 0, 0.0};
        check(worksheet_write_datetime(worksheet_, row_, column_, &date, formats_.date));
    }

private:
    void number(double value, lxw_format* format) {
        check(worksheet_write_number(worksheet_, row_, column_, value, format));
    }
    void check(lxw_error error) const {
        if (error != LXW_NO_ERROR)
            throw OutputError("XLSX writer: sheet \"" + sheet_.name + "\" cell " + cellName(row_, column_) + ": " +
                              lxw_strerror(error));
    }

    lxw_worksheet* worksheet_;
    const doc::Sheet& sheet_;
    const CellFormats& formats_;
    lxw_row_t row_ = 0;
    lxw_col_t column_ = 0;
};

}  // namespace

void writeSheet(lxw_workbook* workbook, lxw_worksheet* worksheet, const doc::Sheet& sheet,
                const CellFormats& formats) {
    const size_t columns = sheet.columns.size();
    for (size_t i = 0; i < sheet.rows.size(); ++i)
        if (sheet.rows[i].size() > columns)
            throw std::invalid_argument("XLSX writer: sheet \"" + sheet.name + "\" data row " + std::to_string(i + 1) +
                                        " has " + std::to_string(sheet.rows[i].size()) + " cells for " +
                                        std::to_string(columns) + " columns");
    validateCharts(sheet);

    for (size_t c = 0; c < columns; ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        worksheet_set_column(worksheet, column, column, fittedWidth(sheet, c), nullptr);
    }

    CellWriter cells(worksheet, sheet, formats);
    for (size_t c = 0; c < columns; ++c) cells.header(static_cast<lxw_col_t>(c), sheet.columns[c].header);
    for (size_t r = 0; r < sheet.rows.size(); ++r)
        for (size_t c = 0; c < sheet.rows[r].size(); ++c)
            cells.write(static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), sheet.rows[r][c]);

    if (sheet.freezeHeader) worksheet_freeze_panes(worksheet, 1, 0);
    if (sheet.autofilter && columns > 0)
        worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()),
                             static_cast<lxw_col_t>(columns - 1));
    for (const doc::SheetChart& chart : sheet.charts) addChart(workbook, worksheet, sheet, chart);
}

}  // namespace fd::xlsx
