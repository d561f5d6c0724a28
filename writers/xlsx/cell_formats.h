// The few cell formats a workbook uses, created once per workbook (libxlsxwriter owns them).
#pragma once

#include <xlsxwriter.h>

namespace fd::xlsx {

struct CellFormats {
    lxw_format* header;    // bold white on dark blue, wrapped, bordered
    lxw_format* integer;   // 0
    lxw_format* money;     // #,##0.00 "€"
    lxw_format* hours;     // 0.00
    lxw_format* date;      // dd/mm/yyyy
    lxw_format* percent;   // 0.0%

    static CellFormats create(lxw_workbook* workbook);
};

}  // namespace fd::xlsx
