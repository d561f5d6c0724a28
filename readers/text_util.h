// Small text helpers shared by the readers (ASCII-only on purpose: they deal with separators and
// keywords, never with people's text, which stays untouched apart from whitespace).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fd::readers {

bool isAsciiSpace(char c);   // space, tab, CR, LF
std::string_view trimAscii(std::string_view text);
std::string lowercaseAscii(std::string_view text);
// Runs of ASCII whitespace become one space; leading and trailing whitespace goes.
std::string collapseWhitespace(std::string_view text);
// Splits on `separator`, trims each part and drops empty parts: "a | b||c" -> {"a", "b", "c"}.
std::vector<std::string> splitTrimmed(std::string_view text, char separator);
// Splits on ASCII whitespace: "fr en  pt" -> {"fr", "en", "pt"}.
std::vector<std::string> splitWords(std::string_view text);
// A non-negative decimal integer written with digits only ("0", "129000"); at most 18 digits.
std::optional<int64_t> parseDigits(std::string_view text);
// 1-based line of the byte at `offset`.
int lineAtOffset(std::string_view text, size_t offset);

}  // namespace fd::readers
