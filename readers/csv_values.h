// Typed values of CSV cells, reported as `file:line: column: problem` when malformed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/values.h"
#include "readers/csv.h"
#include "readers/enum_names.h"

namespace fd::readers {

class CsvValues {
public:
    CsvValues(const CsvTable& table, Diagnostics& diagnostics) : table_(table), diagnostics_(diagnostics) {}

    SourceLoc location(const CsvRecord& record) const { return SourceLoc{table_.file, record.line, {}}; }
    // The trimmed cell; "" when empty or when the column is absent.
    std::string text(const CsvRecord& record, const char* column) const { return table_.value(record, column); }

    // Typed cells: nullopt when empty, and also (after reporting it) when malformed.
    std::optional<Date> date(const CsvRecord& record, const char* column) const;
    std::optional<Hours> hours(const CsvRecord& record, const char* column) const;
    std::optional<int> integer(const CsvRecord& record, const char* column) const;

    template <class E>
    std::optional<E> choice(const CsvRecord& record, const char* column, const NameTable<E>& table) const {
        const std::string value = text(record, column);
        if (auto found = lookupName(table, value)) return found;
        if (!value.empty()) reportChoice(record, column, value, allowedNames(table));
        return std::nullopt;
    }
    // A word of a fixed list or empty; the cell after reporting it when not in the list.
    std::string word(const CsvRecord& record, const char* column, const std::vector<std::string>& allowed) const;

    // Reports every required column left empty in `record` (diag.required).
    void requireFilled(const CsvRecord& record, const CsvColumns& columns) const;

    void error(const CsvRecord& record, const char* column, const std::string& key,
               std::map<std::string, std::string> args = {}) const {
        diagnostics_.error(table_.file, record.line, column, key, std::move(args));
    }

private:
    void reportChoice(const CsvRecord& record, const char* column, const std::string& value,
                      const std::string& allowed) const;

    const CsvTable& table_;
    Diagnostics& diagnostics_;
};

}  // namespace fd::readers
