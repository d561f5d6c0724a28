#include "writers/xlsx/xlsx_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>
#include <string>

#include "util/atomic_file.h"
#include "writers/xlsx/cell_formats.h"
#include "writers/xlsx/sheet_names.h"
#include "writers/xlsx/sheet_writer.h"

namespace fd::xlsx {
namespace {

// Frees a workbook that was never closed (an exception before workbook_close) without writing it.
struct WorkbookDiscarder {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookHandle = std::unique_ptr<lxw_workbook, WorkbookDiscarder>;

bool needsConstantMemory(const doc::Workbook& workbook) {
    return std::any_of(workbook.sheets.begin(), workbook.sheets.end(),
                       [](const doc::Sheet& sheet) { return sheet.rows.size() > kConstantMemoryRows; });
}

void setProperties(lxw_workbook* workbook, const doc::WorkbookProperties& properties) {
    // lxw_doc_properties holds char*, not const char*; libxlsxwriter copies the strings.
    std::string title = properties.title, subject = properties.subject, author = properties.author,
                company = properties.company, keywords = properties.keywords, comments = properties.comments;
    auto field = [](std::string& value) { return value.empty() ? nullptr : value.data(); };
    lxw_doc_properties fields{};
    fields.title = field(title);
    fields.subject = field(subject);
    fields.author = field(author);
    fields.company = field(company);
    fields.keywords = field(keywords);
    fields.comments = field(comments);
    fields.created = static_cast<time_t>(properties.created);
    const lxw_error error = workbook_set_properties(workbook, &fields);
    if (error != LXW_NO_ERROR) throw OutputError(std::string("XLSX writer: properties: ") + lxw_strerror(error));
}

}  // namespace

void writeXlsx(const doc::Workbook& workbook, const std::string& path) {
    validateSheetNames(workbook);
    if (workbook.sheets.empty()) throw std::invalid_argument("XLSX writer: workbook has no sheets: " + path);

    AtomicPath out(path);
    lxw_workbook_options options{};
    options.constant_memory = needsConstantMemory(workbook) ? LXW_TRUE : LXW_FALSE;
    WorkbookHandle handle(workbook_new_opt(out.tempPath().c_str(), &options));
    if (!handle) throw OutputError("XLSX writer: cannot create workbook " + path);

    setProperties(handle.get(), workbook.properties);
    const CellFormats formats = CellFormats::create(handle.get());
    for (const doc::Sheet& sheet : workbook.sheets) {
        lxw_worksheet* worksheet = workbook_add_worksheet(handle.get(), sheet.name.c_str());
        if (!worksheet) throw OutputError("XLSX writer: cannot add sheet \"" + sheet.name + "\"");
        writeSheet(handle.get(), worksheet, sheet, formats);
    }

    // workbook_close writes the file and frees the workbook whatever happens.
    const lxw_error error = workbook_close(handle.release());
    if (error != LXW_NO_ERROR) throw OutputError("XLSX writer: cannot write " + path + ": " + lxw_strerror(error));
    out.commit();
}

}  // namespace fd::xlsx
