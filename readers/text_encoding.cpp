#include "readers/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>

#include "readers/text_util.h"

namespace fd::readers {

namespace {

// Length of the well-formed UTF-8 sequence at `pos`, 0 if it is not one (Unicode table 3-7).
size_t utf8SequenceLength(std::string_view bytes, size_t pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) return 1;
    size_t length;
    unsigned char low = 0x80, high = 0xBF;   // allowed range of the first continuation byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) length = 3, low = 0xA0;
    else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
    else if (lead == 0xED) length = 3, high = 0x9F;   // no UTF-16 surrogates
    else if (lead >= 0xEE && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) length = 4, low = 0x90;
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else if (lead == 0xF4) length = 4, high = 0x8F;   // nothing above U+10FFFF
    else return 0;
    if (pos + length > bytes.size()) return 0;
    if (byte(pos + 1) < low || byte(pos + 1) > high) return 0;
    for (size_t i = 2; i < length; ++i)
        if (byte(pos + i) < 0x80 || byte(pos + i) > 0xBF) return 0;
    return length;
}

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

DecodedText decodeSingleByte(std::string_view bytes, const char* icuName) {
    DecodedText result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(icuName, &status));
    if (U_FAILURE(status)) {
        result.badByteOffset = 0;
        return result;
    }
    // ICU maps every byte of these code pages (Windows-1252's five unassigned ones to C1 controls,
    // as Windows does); should a converter not, stop there rather than invent a U+FFFD.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::u16string utf16(bytes.size(), u'\0');   // one code unit per byte in these code pages
    UChar* target = reinterpret_cast<UChar*>(utf16.data());
    const char* source = bytes.data();
    ucnv_toUnicode(converter.get(), &target, target + utf16.size(), &source, bytes.data() + bytes.size(),
                   nullptr, true, &status);
    if (U_FAILURE(status)) {
        const size_t consumed = static_cast<size_t>(source - bytes.data());
        result.badByteOffset = consumed > 0 ? consumed - 1 : 0;
        return result;
    }
    const auto length = static_cast<int32_t>(target - reinterpret_cast<UChar*>(utf16.data()));
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(nullptr, 0, &needed, reinterpret_cast<const UChar*>(utf16.data()), length, &status);
    result.utf8.resize(static_cast<size_t>(needed));
    status = U_ZERO_ERROR;
    u_strToUTF8(result.utf8.data(), needed, &needed, reinterpret_cast<const UChar*>(utf16.data()), length,
                &status);
    if (U_FAILURE(status)) result.badByteOffset = 0;
    return result;
}

}  // namespace

std::optional<TextEncoding> encodingFromName(std::string_view name) {
    const std::string n = lowercaseAscii(name);
    if (n == "utf-8" || n == "utf8") return TextEncoding::Utf8;
    if (n == "windows-1252" || n == "cp1252") return TextEncoding::Windows1252;
    if (n == "iso-8859-1" || n == "iso8859-1" || n == "latin1" || n == "latin-1") return TextEncoding::Latin1;
    return std::nullopt;
}

const char* encodingName(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8: return "utf-8";
        case TextEncoding::Windows1252: return "windows-1252";
        case TextEncoding::Latin1: return "iso-8859-1";
    }
    return "utf-8";
}

std::optional<size_t> firstInvalidUtf8(std::string_view bytes) {
    for (size_t pos = 0; pos < bytes.size();) {
        const size_t length = utf8SequenceLength(bytes, pos);
        if (length == 0) return pos;
        pos += length;
    }
    return std::nullopt;
}

bool startsWithUtf8Bom(std::string_view bytes) { return bytes.substr(0, 3) == "\xEF\xBB\xBF"; }

TextEncoding detectEncoding(std::string_view bytes) {
    if (!firstInvalidUtf8(bytes)) return TextEncoding::Utf8;
    const bool hasC1Range = std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x80 && b <= 0x9F;
    });
    return hasC1Range ? TextEncoding::Windows1252 : TextEncoding::Latin1;
}

DecodedText decodeToUtf8(std::string_view bytes, TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8: {
            const size_t bom = startsWithUtf8Bom(bytes) ? 3 : 0;
            const std::string_view body = bytes.substr(bom);
            DecodedText result;
            if (auto bad = firstInvalidUtf8(body)) result.badByteOffset = *bad + bom;
            else result.utf8.assign(body);
            return result;
        }
        case TextEncoding::Windows1252: return decodeSingleByte(bytes, "windows-1252");
        case TextEncoding::Latin1: return decodeSingleByte(bytes, "ISO-8859-1");
    }
    return {};
}

}  // namespace fd::readers
