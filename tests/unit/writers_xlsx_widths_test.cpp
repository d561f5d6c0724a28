// Column width fitting: what each typed cell shows once formatted, and the clamping rules.
#include <gtest/gtest.h>

#include "writers/xlsx/column_widths.h"

namespace fd::xlsx {
namespace {

TEST(XlsxColumnWidths, DisplayedLengthFollowsTheNumberFormats) {
    EXPECT_EQ(displayedLength(doc::CellEmpty{}), 0u);
    EXPECT_EQ(displayedLength(doc::CellText{"Ação"}), 4u);                      // code points, not bytes
    EXPECT_EQ(displayedLength(doc::CellText{"première ligne\nsuite"}), 14u);    // longest line
    EXPECT_EQ(displayedLength(doc::CellInteger{-1250}), 5u);
    EXPECT_EQ(displayedLength(doc::CellMoney{0}), 6u);                          // "0.00 €"
    EXPECT_EQ(displayedLength(doc::CellMoney{125050}), 10u);                    // "1,250.50 €"
    EXPECT_EQ(displayedLength(doc::CellMoney{-123456789}), 15u);                // "-1,234,567.89 €"
    EXPECT_EQ(displayedLength(doc::CellHours{750}), 4u);                        // "7.50"
    EXPECT_EQ(displayedLength(doc::CellDate{2026, 11, 21}), 10u);
    EXPECT_EQ(displayedLength(doc::CellPercent{0.875}), 5u);                    // "87.5%"
    EXPECT_EQ(displayedLength(doc::CellPercent{1.0}), 6u);                      // "100.0%"
}

doc::Sheet oneColumn(const std::string& header, double minWidth, double maxWidth, std::vector<doc::Cell> cells) {
    doc::Sheet sheet;
    sheet.name = "S";
    doc::SheetColumn column;
    column.header = header;
    column.minWidth = minWidth;
    column.maxWidth = maxWidth;
    sheet.columns = {column};
    for (auto& cell : cells) sheet.rows.push_back({cell});
    return sheet;
}

TEST(XlsxColumnWidths, FitsTheLongestCellPlusAMargin) {
    doc::Sheet sheet = oneColumn("Prix", 0, 60, {doc::CellMoney{500}, doc::CellMoney{125050}});
    EXPECT_DOUBLE_EQ(fittedWidth(sheet, 0), 11);   // "1,250.50 €" + 1
}

TEST(XlsxColumnWidths, HeaderCountsByItsLongestWordAndFilterButton) {
    doc::Sheet sheet = oneColumn("Nombre d'heures réalisées", 0, 60, {doc::CellInteger{7}});
    EXPECT_DOUBLE_EQ(fittedWidth(sheet, 0), 12);   // "réalisées" (9) + button (2) + 1
    sheet.autofilter = false;
    EXPECT_DOUBLE_EQ(fittedWidth(sheet, 0), 10);
}

TEST(XlsxColumnWidths, ClampsToTheColumnLimits) {
    EXPECT_DOUBLE_EQ(fittedWidth(oneColumn("N", 8, 60, {doc::CellInteger{7}}), 0), 8);
    EXPECT_DOUBLE_EQ(fittedWidth(oneColumn("Titre", 0, 20, {doc::CellText{std::string(80, 'x')}}), 0), 20);
    // A maxWidth below minWidth cannot shrink the column under its minimum.
    EXPECT_DOUBLE_EQ(fittedWidth(oneColumn("Titre", 15, 10, {doc::CellText{"x"}}), 0), 15);
}

TEST(XlsxColumnWidths, ShortRowsAreIgnoredForMissingCells) {
    doc::Sheet sheet = oneColumn("Code", 0, 60, {});
    doc::SheetColumn second;
    second.header = "Libellé";
    sheet.columns.push_back(second);
    sheet.rows = {{doc::CellText{"A"}}, {doc::CellText{"B"}, doc::CellText{"Formation longue"}}};
    EXPECT_DOUBLE_EQ(fittedWidth(sheet, 1), 17);
}

}  // namespace
}  // namespace fd::xlsx
