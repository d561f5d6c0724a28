#include "lheo/mojibake.h"

#include <array>

#include "lheo/utf8.h"
#include "readers/text_encoding.h"

namespace fd::lheo {

namespace {

// Windows-1252 bytes 0x80-0x9F and the characters they stand for (0 where the byte is unused).
constexpr std::array<char32_t, 32> windows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The single byte that `cp` was decoded from, under Windows-1252 or, for the C1 controls
// U+0080-U+009F, ISO-8859-1 (tools differ); nullopt when no such byte exists.
std::optional<unsigned char> singleByteOf(char32_t cp) {
    if (cp < 0x100) return static_cast<unsigned char>(cp);
    for (size_t i = 0; i < windows1252High.size(); ++i)
        if (windows1252High[i] == cp) return static_cast<unsigned char>(0x80 + i);
    return std::nullopt;
}

std::optional<std::string> undoOnce(std::string_view text) {
    std::string bytes;
    bytes.reserve(text.size());
    bool nonAscii = false;
    for (size_t pos = 0; pos < text.size();) {
        size_t length = 0;
        const char32_t cp = decodeUtf8At(text, pos, length);
        const auto byte = singleByteOf(cp);
        if (!byte) return std::nullopt;
        nonAscii = nonAscii || *byte >= 0x80;
        bytes.push_back(static_cast<char>(*byte));
        pos += length;
    }
    if (!nonAscii || readers::firstInvalidUtf8(bytes)) return std::nullopt;
    return bytes;
}

}  // namespace

std::optional<std::string> repairDoubleEncoding(std::string_view text) {
    std::optional<std::string> repaired;
    // Each round strictly shortens the text, so this ends; three rounds cover every case seen.
    for (int round = 0; round < 3; ++round) {
        auto next = undoOnce(repaired ? std::string_view(*repaired) : text);
        if (!next) break;
        repaired = std::move(next);
    }
    return repaired;
}

}  // namespace fd::lheo
