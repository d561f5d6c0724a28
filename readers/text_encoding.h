// The character encodings a workspace CSV file may use, their detection and conversion to UTF-8.
// Spreadsheets on Windows still save "CSV" as Windows-1252, older tools as ISO-8859-1.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace fd::readers {

enum class TextEncoding { Utf8, Windows1252, Latin1 };

// "utf-8", "windows-1252", "iso-8859-1" (case-insensitive; also "utf8", "cp1252", "latin1", "iso8859-1").
std::optional<TextEncoding> encodingFromName(std::string_view name);
// The canonical name, as accepted by --encoding.
const char* encodingName(TextEncoding encoding);

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are not well formed); nullopt when all are.
std::optional<size_t> firstInvalidUtf8(std::string_view bytes);

bool startsWithUtf8Bom(std::string_view bytes);

// UTF-8 when the bytes are well-formed UTF-8 (with or without BOM); otherwise Windows-1252 when a
// byte 0x80-0x9F occurs (printable characters such as € and œ there, C1 controls in ISO-8859-1),
// else ISO-8859-1.
TextEncoding detectEncoding(std::string_view bytes);

struct DecodedText {
    std::string utf8;                      // without BOM
    std::optional<size_t> badByteOffset;   // offset in the input of a byte invalid in the encoding
};

// Converts with ICU; the UTF-8 BOM is dropped.
DecodedText decodeToUtf8(std::string_view bytes, TextEncoding encoding);

}  // namespace fd::readers
