// Minimal UTF-8 walking for the text repairs of LHEO import: code points in, code points out.
// Input is expected to be well-formed UTF-8 (the importer checks the whole file first).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fd::lheo {

// The code point starting at `pos` and its length in bytes; a malformed byte reads as itself
// with length 1, so that walking never stops half-way.
char32_t decodeUtf8At(std::string_view text, size_t pos, size_t& length);
void appendUtf8(std::string& out, char32_t codePoint);

}  // namespace fd::lheo
