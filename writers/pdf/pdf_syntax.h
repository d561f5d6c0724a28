// Small conversions between formadoc values and PDF syntax, shared by the PDF writer's parts.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <string>

#include "doc/doc.h"

namespace fd::pdf {

// UTF-8 → PdfString. Never PdfString(const char*): PoDoFo reads that as PdfDocEncoding.
inline PoDoFo::PdfString u8s(const std::string& utf8) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.c_str()));
}

inline PoDoFo::PdfColor pdfColour(doc::Colour rgb) {
    return PoDoFo::PdfColor(((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
}

// Unix seconds → "D:YYYYMMDDHHmmSSZ" (UTC), the PDF date syntax.
std::string pdfDate(int64_t unixSeconds);

// A number in content-stream syntax: '.' as decimal separator whatever the C locale, at most
// three decimals, no trailing zeros ("-250", "12.5").
std::string pdfNumber(double value);
// The same, appended to `out` (content streams write thousands of numbers per page).
void appendPdfNumber(std::string& out, double value);

// An indirect reference to object `number` (generation 0): "12 0 R".
inline std::string pdfReference(int number) { return std::to_string(number) + " 0 R"; }

// A PDF text string: a literal "(…)" when `utf8` is printable ASCII, otherwise UTF-16BE with a
// byte order mark, in hex ("<FEFF…>"). Throws OutputError when `utf8` is not UTF-8.
std::string pdfTextString(const std::string& utf8);

// A URI as the 7-bit string a PDF URI action requires: bytes outside printable ASCII are
// percent-encoded.
std::string asciiUri(const std::string& uri);

// PoDoFo throws PdfError, which is not a std::exception: this rethrows it as fd::OutputError
// naming `what` and PoDoFo's own explanation, so callers handle one error type.
[[noreturn]] void rethrowPdfError(const PoDoFo::PdfError& error, const std::string& what);

}  // namespace fd::pdf
