#include "writers/xlsx/column_widths.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "writers/xlsx/utf8_length.h"

namespace fd::xlsx {
namespace {

constexpr double kMargin = 1;            // keeps digits off the cell border
constexpr double kFilterButton = 2;      // the autofilter drop-down covers the header's right end

size_t longestPiece(const std::string& text, char separator) {
    size_t longest = 0, start = 0;
    while (start <= text.size()) {
        size_t end = text.find(separator, start);
        if (end == std::string::npos) end = text.size();
        longest = std::max(longest, codePointCount(text.substr(start, end - start)));
        start = end + 1;
    }
    return longest;
}

size_t printedLength(const char* format, double value) {
    char buffer[64];
    return static_cast<size_t>(std::snprintf(buffer, sizeof buffer, format, value));
}

// "1,234,567.89 €": digits, a separator per three digits, two decimals, the unit.
size_t moneyLength(int64_t cents) {
    const uint64_t magnitude = cents < 0 ? 0 - static_cast<uint64_t>(cents) : static_cast<uint64_t>(cents);
    const size_t digits = std::to_string(magnitude / 100).size();
    return (cents < 0 ? 1 : 0) + digits + (digits - 1) / 3 + 3 + 2;
}

struct DisplayedLength {
    size_t operator()(const doc::CellEmpty&) const { return 0; }
    size_t operator()(const doc::CellText& c) const { return longestPiece(c.value, '\n'); }
    size_t operator()(const doc::CellInteger& c) const { return std::to_string(c.value).size(); }
    size_t operator()(const doc::CellMoney& c) const { return moneyLength(c.cents); }
    size_t operator()(const doc::CellHours& c) const { return printedLength("%.2f", c.hundredths / 100.0); }
    size_t operator()(const doc::CellDate&) const { return 10; }
    size_t operator()(const doc::CellPercent& c) const { return printedLength("%.1f%%", c.ratio * 100.0); }
};

}  // namespace

size_t displayedLength(const doc::Cell& cell) {
    return std::visit(DisplayedLength{}, cell);
}

double fittedWidth(const doc::Sheet& sheet, size_t column) {
    const doc::SheetColumn& spec = sheet.columns.at(column);
    double content = static_cast<double>(longestPiece(spec.header, ' ')) + (sheet.autofilter ? kFilterButton : 0);
    for (const auto& row : sheet.rows)
        if (column < row.size()) content = std::max(content, static_cast<double>(displayedLength(row[column])));
    return std::clamp(content + kMargin, spec.minWidth, std::max(spec.minWidth, spec.maxWidth));
}

}  // namespace fd::xlsx
