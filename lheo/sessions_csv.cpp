#include "lheo/sessions_csv.h"

#include <map>

#include "lheo/value_text.h"
#include "readers/csv.h"
#include "readers/text_encoding.h"
#include "readers/text_util.h"

namespace fd::lheo {

namespace {

const char* const sessionsFile = "sessions.csv";
const std::vector<std::string> standardColumns = {"id", "course", "start", "end", "place", "trainers", "mode"};

// RFC 4180: quoted when it holds the separator, a quote, a line break or edge spaces.
std::string csvField(const std::string& value, char separator) {
    const bool quote = value.find_first_of(std::string("\"\r\n") + separator) != std::string::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::map<std::string, std::string> cells(const Session& s) {
    std::string trainers;
    for (const std::string& t : s.trainers) trainers += (trainers.empty() ? "" : "|") + t;
    return {{"id", s.id},
            {"course", s.courseId},
            {"start", s.start.iso()},
            {"end", s.end.iso()},
            {"place", s.place},
            {"trainers", trainers},
            {"mode", s.mode ? nameOf(readers::deliveryModeNames(), *s.mode) : std::string()}};
}

std::string row(const std::vector<std::string>& columns, const std::map<std::string, std::string>& values,
                char separator, const std::string& lineEnd) {
    std::string line;
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) line += separator;
        const auto found = values.find(readers::lowercaseAscii(readers::trimAscii(columns[i])));
        if (found != values.end()) line += csvField(found->second, separator);
    }
    return line + lineEnd;
}

}  // namespace

std::string sessionsCsv(const std::vector<Session>& sessions) {
    std::string out;
    for (size_t i = 0; i < standardColumns.size(); ++i) out += (i > 0 ? "," : "") + standardColumns[i];
    out += '\n';
    for (const Session& s : sessions) out += row(standardColumns, cells(s), ',', "\n");
    return out;
}

std::optional<std::string> sessionsCsvWithAdded(const std::string& existing, const std::vector<Session>& added,
                                                Diagnostics& diagnostics) {
    const readers::TextEncoding encoding = readers::detectEncoding(existing);
    const bool bom = readers::startsWithUtf8Bom(existing);
    std::string text = readers::decodeToUtf8(existing, encoding).utf8;
    Diagnostics parsing;
    const auto table = readers::parseCsv(text, sessionsFile, {}, parsing);
    if (!table || table->header.empty()) {
        diagnostics.append(parsing);
        return std::nullopt;
    }
    if (encoding != readers::TextEncoding::Utf8)
        diagnostics.warning(sessionsFile, 0, "", "lheo.sessions.reencoded", {{"encoding", readers::encodingName(encoding)}});
    for (const std::string& column : standardColumns) {
        if (table->column(column)) continue;
        for (const Session& s : added) {
            if (cells(s).at(column).empty()) continue;
            diagnostics.warning(sessionsFile, table->headerLine, column, "lheo.sessions.column_missing",
                                {{"column", column}});
            break;
        }
    }
    const std::string lineEnd = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    if (!text.empty() && text.back() != '\n') text += lineEnd;
    for (const Session& s : added) text += row(table->header, cells(s), table->separator, lineEnd);
    return (bom ? "\xEF\xBB\xBF" : "") + text;
}

}  // namespace fd::lheo
