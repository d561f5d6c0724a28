#include "readers/csv_values.h"

#include <algorithm>

#include "readers/text_util.h"

namespace fd::readers {

std::optional<Date> CsvValues::date(const CsvRecord& record, const char* column) const {
    const std::string value = text(record, column);
    if (value.empty()) return std::nullopt;
    if (auto parsed = Date::parseIso(value)) return parsed;
    error(record, column, "diag.value.date", {{"value", value}});
    return std::nullopt;
}

std::optional<Hours> CsvValues::hours(const CsvRecord& record, const char* column) const {
    const std::string value = text(record, column);
    if (value.empty()) return std::nullopt;
    if (auto parsed = Hours::parse(value)) return parsed;
    error(record, column, "diag.value.hours", {{"value", value}});
    return std::nullopt;
}

std::optional<int> CsvValues::integer(const CsvRecord& record, const char* column) const {
    const std::string value = text(record, column);
    if (value.empty()) return std::nullopt;
    if (auto parsed = parseDigits(value); parsed && *parsed <= 1000000) return static_cast<int>(*parsed);
    error(record, column, "diag.value.integer", {{"value", value}});
    return std::nullopt;
}

std::string CsvValues::word(const CsvRecord& record, const char* column,
                            const std::vector<std::string>& allowed) const {
    std::string value = text(record, column);
    if (!value.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end())
        reportChoice(record, column, value, joinNames(allowed));
    return value;
}

void CsvValues::requireFilled(const CsvRecord& record, const CsvColumns& columns) const {
    for (const auto& column : columns.required)
        if (text(record, column.c_str()).empty()) error(record, column.c_str(), "diag.required");
}

void CsvValues::reportChoice(const CsvRecord& record, const char* column, const std::string& value,
                             const std::string& allowed) const {
    error(record, column, "diag.value.choice", {{"value", value}, {"allowed", allowed}});
}

}  // namespace fd::readers
