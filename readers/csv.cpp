#include "readers/csv.h"

#include <map>

#include "readers/text_util.h"

namespace fd::readers {

namespace {

// Splits decoded text into records, following RFC 4180 and counting physical lines.
class Tokenizer {
public:
    Tokenizer(std::string_view text, char separator, const std::string& file, Diagnostics& diagnostics)
        : text_(text), separator_(separator), file_(file), diagnostics_(diagnostics) {}

    // The next record, nullopt at the end of the text or after an unterminated quote.
    std::optional<CsvRecord> next() {
        if (pos_ >= text_.size() || stopped_) return std::nullopt;
        CsvRecord record;
        record.line = line_;
        for (;;) {
            record.fields.push_back(quoteAhead() ? quotedField() : plainField());
            if (stopped_) return std::nullopt;   // an unterminated quote swallowed the rest: nothing to trust
            if (peek() == separator_) {
                ++pos_;
                continue;
            }
            consumeLineEnd();
            return record;
        }
    }

private:
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    bool atLineEnd() const { return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r'; }

    // CRLF, LF or a lone CR each end one line.
    void consumeLineEnd() {
        if (pos_ >= text_.size()) return;
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
    }

    // True at a quote, also after the spaces some tools write after a separator (then skipped).
    bool quoteAhead() {
        size_t p = pos_;
        while (p < text_.size() && text_[p] == ' ') ++p;
        if (p >= text_.size() || text_[p] != '"') return false;
        pos_ = p;
        return true;
    }

    std::string plainField() {
        const size_t start = pos_;
        while (!atLineEnd() && text_[pos_] != separator_) ++pos_;
        return std::string(text_.substr(start, pos_ - start));
    }

    std::string quotedField() {
        const int openingLine = line_;
        ++pos_;   // opening quote
        std::string value;
        for (;;) {
            if (pos_ >= text_.size()) {
                diagnostics_.error(file_, openingLine, "", "diag.csv.unterminated_quote");
                stopped_ = true;
                return value;
            }
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    value.push_back('"');
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                break;
            }
            if (c == '\n' || c == '\r') {
                value.push_back('\n');   // line breaks inside a field are kept, as "\n"
                consumeLineEnd();
                continue;
            }
            value.push_back(c);
            ++pos_;
        }
        // RFC 4180 allows nothing between the closing quote and the separator; spaces are let
        // through, other text is kept but reported.
        const size_t afterQuote = pos_;
        while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
        if (!atLineEnd() && text_[pos_] != separator_) {
            pos_ = afterQuote;
            diagnostics_.error(file_, line_, "", "diag.csv.text_after_quote");
            value += plainField();
        }
        return value;
    }

    std::string_view text_;
    char separator_;
    const std::string& file_;
    Diagnostics& diagnostics_;
    size_t pos_ = 0;
    int line_ = 1;
    bool stopped_ = false;
};

bool isBlank(const CsvRecord& record) { return record.fields.size() == 1 && trimAscii(record.fields[0]).empty(); }

}  // namespace

char detectSeparator(std::string_view text) {
    std::map<char, int> counts{{',', 0}, {';', 0}, {'\t', 0}};
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;   // a doubled quote toggles twice: no harm
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && counts.count(c)) ++counts[c];
    }
    char best = ',';
    for (char candidate : {';', '\t'})
        if (counts[candidate] > counts[best]) best = candidate;
    return best;
}

std::optional<size_t> CsvTable::column(std::string_view name) const {
    const std::string wanted = lowercaseAscii(trimAscii(name));
    for (size_t i = 0; i < header.size(); ++i)
        if (lowercaseAscii(header[i]) == wanted) return i;
    return std::nullopt;
}

std::string CsvTable::value(const CsvRecord& record, std::string_view columnName) const {
    const auto index = column(columnName);
    if (!index || *index >= record.fields.size()) return {};
    return std::string(trimAscii(record.fields[*index]));
}

std::optional<CsvTable> parseCsv(std::string_view bytes, const std::string& file, const CsvOptions& options,
                                 Diagnostics& diagnostics) {
    CsvTable table;
    table.file = file;
    table.encoding = options.encoding ? *options.encoding : detectEncoding(bytes);
    DecodedText decoded = decodeToUtf8(bytes, table.encoding);
    if (decoded.badByteOffset) {
        diagnostics.error(file, lineAtOffset(bytes, *decoded.badByteOffset), "", "diag.csv.decoding",
                          {{"encoding", encodingName(table.encoding)}});
        return std::nullopt;
    }
    const std::string& text = decoded.utf8;
    table.separator = detectSeparator(text);

    Tokenizer tokenizer(text, table.separator, file, diagnostics);
    std::optional<CsvRecord> headerRecord;
    while ((headerRecord = tokenizer.next()) && isBlank(*headerRecord)) {
    }
    if (!headerRecord) {
        diagnostics.error(file, 0, "", "diag.csv.no_header");
        return std::nullopt;
    }
    table.headerLine = headerRecord->line;
    for (size_t i = 0; i < headerRecord->fields.size(); ++i) {
        std::string name(trimAscii(headerRecord->fields[i]));
        if (name.empty())
            diagnostics.error(file, table.headerLine, "", "diag.csv.empty_column_name",
                              {{"position", std::to_string(i + 1)}});
        else if (table.column(name))
            diagnostics.error(file, table.headerLine, name, "diag.csv.duplicate_column", {{"column", name}});
        table.header.push_back(std::move(name));
    }

    while (auto record = tokenizer.next()) {
        if (isBlank(*record)) continue;
        if (record->fields.size() != table.header.size()) {
            diagnostics.error(file, record->line, "", "diag.csv.field_count",
                              {{"expected", std::to_string(table.header.size())},
                               {"found", std::to_string(record->fields.size())}});
            continue;
        }
        table.records.push_back(std::move(*record));
    }
    return table;
}

bool checkColumns(const CsvTable& table, const CsvColumns& columns, Diagnostics& diagnostics) {
    bool complete = true;
    for (const auto& name : columns.required) {
        if (table.column(name)) continue;
        diagnostics.error(table.file, table.headerLine, name, "diag.csv.missing_column", {{"column", name}});
        complete = false;
    }
    for (const auto& name : table.header) {
        const std::string lower = lowercaseAscii(name);
        const auto known = [&](const std::vector<std::string>& names) {
            for (const auto& n : names)
                if (lowercaseAscii(n) == lower) return true;
            return false;
        };
        if (!name.empty() && !known(columns.required) && !known(columns.optional))
            diagnostics.warning(table.file, table.headerLine, name, "diag.csv.unknown_column", {{"column", name}});
    }
    return complete;
}

}  // namespace fd::readers
