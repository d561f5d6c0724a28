#include "writers/xlsx/sheet_names.h"

#include <set>
#include <stdexcept>
#include <string>

#include "writers/xlsx/utf8_length.h"

namespace fd::xlsx {
namespace {

constexpr size_t kMaxSheetNameLength = 31;

[[noreturn]] void reject(const std::string& name, const std::string& rule) {
    throw std::invalid_argument("XLSX writer: invalid sheet name \"" + name + "\": " + rule);
}

// Excel compares sheet names case-insensitively; ASCII folding covers the names we generate
// (accented capitals would need full Unicode folding, which Excel applies too).
std::string asciiLower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

}  // namespace

void validateSheetNames(const doc::Workbook& workbook) {
    std::set<std::string> seen;
    for (const doc::Sheet& sheet : workbook.sheets) {
        const std::string& name = sheet.name;
        if (name.empty()) reject(name, "empty");
        if (codePointCount(name) > kMaxSheetNameLength)
            reject(name, "longer than " + std::to_string(kMaxSheetNameLength) + " characters");
        const size_t forbidden = name.find_first_of("[]:*?/\\");
        if (forbidden != std::string::npos) reject(name, std::string("contains '") + name[forbidden] + "'");
        if (name.front() == '\'' || name.back() == '\'') reject(name, "starts or ends with an apostrophe");
        if (!seen.insert(asciiLower(name)).second) reject(name, "used by another sheet");
    }
}

}  // namespace fd::xlsx
