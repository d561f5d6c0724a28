#include "writers/pdf/text_showing.h"

#include <cstdio>

#include "util/atomic_file.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

// Appends <hex glyph ids> for `piece`, checking every glyph exists.
void appendGlyphString(PoDoFo::PdfFont& font, const std::string& piece, const std::string& fontPath,
                       std::string& out) {
    static const char hex[] = "0123456789ABCDEF";
    PoDoFo::PdfString text = u8s(piece);
    PoDoFo::PdfRefCountedBuffer glyphs = font.GetEncoding()->ConvertToEncoding(text, &font);
    const auto* bytes = reinterpret_cast<const unsigned char*>(glyphs.GetBuffer());
    const size_t size = static_cast<size_t>(glyphs.GetSize());
    for (size_t i = 0; i + 1 < size; i += 2) {
        if (bytes[i] == 0 && bytes[i + 1] == 0) {
            const PoDoFo::pdf_utf16be unit = text.GetUnicode()[i / 2];
            // GetUnicode() is big-endian whatever the host.
            unsigned codeUnit = ((unit & 0xFF) << 8) | ((unit >> 8) & 0xFF);
            char cp[16];
            std::snprintf(cp, sizeof cp, "U+%04X", codeUnit);
            throw OutputError(std::string("PDF writer: no glyph for ") + cp +
                              (codeUnit >= 0xD800 && codeUnit <= 0xDFFF ? " (outside the BMP)" : "") +
                              " in " + fontPath + ", text \"" + piece + "\"");
        }
    }
    out += '<';
    for (size_t i = 0; i < size; ++i) {
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 0xF];
    }
    out += '>';
    font.AddUsedSubsettingGlyphs(text, static_cast<long>(text.GetCharacterLength()));
}

}  // namespace

std::string showTextOperator(PoDoFo::PdfFont& font, const layout::TextOp& op, const std::string& fontPath) {
    std::string out = "[";
    if (op.spaceExtra == 0) {
        appendGlyphString(font, op.text, fontPath, out);
    } else {
        // Text space units are thousandths of the font size; a negative value moves right.
        const std::string adjustment = " " + pdfNumber(-op.spaceExtra * 1000.0 / op.size) + " ";
        size_t start = 0;
        while (start < op.text.size()) {
            size_t space = op.text.find(' ', start);
            size_t end = space == std::string::npos ? op.text.size() : space + 1;
            appendGlyphString(font, op.text.substr(start, end - start), fontPath, out);
            if (space != std::string::npos) out += adjustment;
            start = end;
        }
    }
    out += "] TJ\n";
    return out;
}

}  // namespace fd::pdf
