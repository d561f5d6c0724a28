#include "writers/xlsx/cell_formats.h"

namespace fd::xlsx {
namespace {

constexpr lxw_color_t kAccent = 0x1F4E79;   // the default organisation accent (doc::Document)
constexpr lxw_color_t kBorder = 0xBFBFBF;

lxw_format* numberFormat(lxw_workbook* workbook, const char* pattern) {
    lxw_format* format = workbook_add_format(workbook);
    format_set_num_format(format, pattern);
    return format;
}

}  // namespace

CellFormats CellFormats::create(lxw_workbook* workbook) {
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_font_color(header, LXW_COLOR_WHITE);
    format_set_pattern(header, LXW_PATTERN_SOLID);
    format_set_bg_color(header, kAccent);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_border_color(header, kBorder);

    return CellFormats{
        header,
        numberFormat(workbook, "0"),
        // The backslash keeps the space literal, the quotes the euro sign: "1 250,00 €" in a
        // French Excel, "1,250.00 €" in an English one — the value stays a number.
        numberFormat(workbook, "#,##0.00\\ \"€\""),
        numberFormat(workbook, "0.00"),
        numberFormat(workbook, "dd/mm/yyyy"),
        numberFormat(workbook, "0.0%"),
    };
}

}  // namespace fd::xlsx
