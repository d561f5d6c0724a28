#include "writers/pdf/pdf_syntax.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "layout/utf8.h"
#include "util/atomic_file.h"

namespace fd::pdf {

std::string pdfDate(int64_t unixSeconds) {
    std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm utc{};
    if (!gmtime_r(&t, &utc)) throw OutputError("PDF writer: date out of range: " + std::to_string(unixSeconds));
    char buf[64];
    std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return buf;
}

std::string pdfNumber(double value) {
    std::string out;
    appendPdfNumber(out, value);
    return out;
}

void appendPdfNumber(std::string& out, double value) {
    // Work in integer thousandths so the output never depends on the C locale; the digits go
    // right to left into a buffer appended at once (content streams hold thousands of numbers).
    const long long thousandths = std::llround(value * 1000.0);
    unsigned long long magnitude = static_cast<unsigned long long>(thousandths < 0 ? -thousandths : thousandths);
    char digits[32];
    char* start = digits + sizeof digits;
    unsigned fraction = static_cast<unsigned>(magnitude % 1000);
    if (fraction != 0) {
        int decimals = 3;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --decimals;
        }
        for (; decimals > 0; --decimals, fraction /= 10) *--start = static_cast<char>('0' + fraction % 10);
        *--start = '.';
    }
    magnitude /= 1000;
    do {
        *--start = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (thousandths < 0) *--start = '-';
    out.append(start, static_cast<size_t>(digits + sizeof digits - start));
}

std::string pdfTextString(const std::string& utf8) {
    static const char hex[] = "0123456789ABCDEF";
    bool printableAscii = true;
    for (unsigned char c : utf8) printableAscii = printableAscii && c >= 0x20 && c < 0x7F;
    if (printableAscii) {
        std::string out = "(";
        for (char c : utf8) {
            if (c == '(' || c == ')' || c == '\\') out += '\\';
            out += c;
        }
        return out + ")";
    }
    std::string out = "<FEFF";
    const auto unit = [&out](unsigned value) {
        for (int shift : {12, 8, 4, 0}) out += hex[(value >> shift) & 0xF];
    };
    size_t pos = 0;
    char32_t cp = 0;
    while (pos < utf8.size()) {
        if (!layout::nextCodePoint(utf8, pos, cp)) throw OutputError("PDF writer: text is not UTF-8: \"" + utf8 + "\"");
        if (cp < 0x10000) {
            unit(cp);
        } else {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
    }
    return out + ">";
}

std::string asciiUri(const std::string& uri) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(uri.size());
    for (unsigned char c : uri) {
        if (c > 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

void rethrowPdfError(const PoDoFo::PdfError& error, const std::string& what) {
    std::string detail = PoDoFo::PdfError::ErrorName(error.GetError());
    for (const PoDoFo::PdfErrorInfo& info : error.GetCallstack()) {
        if (!info.GetInformation().empty()) {
            detail += ": " + info.GetInformation();
            break;
        }
    }
    throw OutputError("PDF writer: " + what + ": " + detail);
}

}  // namespace fd::pdf
