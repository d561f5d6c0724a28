// CSV as spreadsheets write it: encoding detected (or forced), separator `,` `;` or tab detected
// from the header line, RFC 4180 quoting including doubled quotes and line breaks inside quoted
// fields, CRLF or LF line ends. Problems are reported with the physical line where a record starts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"
#include "readers/text_encoding.h"

namespace fd::readers {

struct CsvRecord {
    int line = 0;                      // physical line (1-based) where the record starts
    std::vector<std::string> fields;   // as written, line breaks inside fields as "\n"
};

struct CsvTable {
    std::string file;                  // name used in diagnostics
    TextEncoding encoding = TextEncoding::Utf8;
    char separator = ',';
    int headerLine = 0;
    std::vector<std::string> header;   // column names, trimmed
    std::vector<CsvRecord> records;    // data records with as many fields as the header

    // Index of the column named `name`, compared case-insensitively after trimming.
    std::optional<size_t> column(std::string_view name) const;
    // The trimmed value of `column` in `record`; empty when there is no such column.
    std::string value(const CsvRecord& record, std::string_view column) const;
};

struct CsvOptions {
    std::optional<TextEncoding> encoding;   // nullopt: detect
};

// Parses CSV bytes. Reports every problem (undecodable bytes, no header, duplicate or empty column
// names, unterminated quotes, text after a closing quote, records with the wrong number of fields);
// records with the wrong number of fields are left out. nullopt when nothing usable was found.
std::optional<CsvTable> parseCsv(std::string_view bytes, const std::string& file, const CsvOptions& options,
                                 Diagnostics& diagnostics);

// `,` `;` or tab: the one occurring most often outside quotes on the first line (`,` when none).
char detectSeparator(std::string_view text);

struct CsvColumns {
    std::vector<std::string> required;
    std::vector<std::string> optional;
};

// Reports required columns that are missing (errors) and unknown columns (warnings, usually a typo).
// False when a required column is missing.
bool checkColumns(const CsvTable& table, const CsvColumns& columns, Diagnostics& diagnostics);

}  // namespace fd::readers
