#include "writers/pdf/text_showing.h"

#include <cstdio>
#include <stdexcept>

#include "layout/utf8.h"
#include "util/atomic_file.h"
#include "writers/pdf/pdf_syntax.h"
#include "writers/pdf/stock_subset.h"

namespace fd::pdf {
namespace {

std::string codePointName(char32_t cp) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    return code;
}

}  // namespace

GlyphMap::GlyphMap(PoDoFo::PdfFont& font, std::string fontPath)
    : font_(&font), fontPath_(std::move(fontPath)), glyphs_(0x10000, 0) {}

GlyphMap::GlyphMap(const StockSubset& stock) : stock_(&stock), fontPath_(stock.path()) {}

uint16_t GlyphMap::glyphOf(char32_t cp, std::string_view text) {
    if (stock_) {
        const uint16_t glyph = stock_->glyph(cp);
        if (glyph == 0) {
            throw std::logic_error("PDF writer: " + codePointName(cp) + " is not in the stock subset of " + fontPath_ +
                                   ", text \"" + std::string(text) + "\"");
        }
        return glyph;
    }
    if (cp < glyphs_.size() && glyphs_[cp] != 0) return glyphs_[cp];
    return lookUp(cp, text);
}

// Glyph 0 is .notdef: never a valid answer, so it also marks "not looked up yet".
uint16_t GlyphMap::lookUp(char32_t cp, std::string_view text) {
    const long glyph = cp < glyphs_.size() ? font_->GetFontMetrics()->GetGlyphId(static_cast<long>(cp)) : 0;
    if (glyph <= 0 || glyph > 0xFFFF) {
        throw OutputError("PDF writer: no glyph for " + codePointName(cp) + (cp > 0xFFFF ? " (outside the BMP)" : "") +
                          " in " + fontPath_ + ", text \"" + std::string(text) + "\"");
    }
    glyphs_[cp] = static_cast<uint16_t>(glyph);
    std::string character;
    layout::appendUtf8(character, cp);
    const PoDoFo::PdfString recorded = u8s(character);
    font_->AddUsedSubsettingGlyphs(recorded, static_cast<long>(recorded.GetCharacterLength()));
    return glyphs_[cp];
}

// A literal rather than a hex string: two bytes a glyph instead of four, which halves what text
// adds to a content stream and the time spent compressing it. Only the delimiters, the escape
// character and carriage return (which readers would read as a line feed) need escaping.
void GlyphMap::appendLiteral(std::string_view utf8, std::string& out) {
    const auto put = [&out](unsigned char byte) {
        if (byte == '(' || byte == ')' || byte == '\\') out += '\\';
        if (byte == '\r') {
            out += "\\r";
            return;
        }
        out += static_cast<char>(byte);
    };
    out += '(';
    size_t pos = 0;
    char32_t cp = 0;
    while (pos < utf8.size()) {
        if (!layout::nextCodePoint(utf8, pos, cp))
            throw OutputError("PDF writer: text is not UTF-8: \"" + std::string(utf8) + "\"");
        const uint16_t glyph = glyphOf(cp, utf8);
        put(static_cast<unsigned char>(glyph >> 8));
        put(static_cast<unsigned char>(glyph & 0xFF));
    }
    out += ')';
}

void appendTextOperator(GlyphMap& glyphs, const layout::TextOp& op, std::string& out) {
    out += '[';
    if (op.spaceExtra == 0) {
        glyphs.appendLiteral(op.text, out);
    } else {
        // Text space units are thousandths of the font size; a negative value moves right.
        const std::string adjustment = " " + pdfNumber(-op.spaceExtra * 1000.0 / op.size) + " ";
        const std::string_view text = op.text;
        size_t start = 0;
        while (start < text.size()) {
            size_t space = text.find(' ', start);
            size_t end = space == std::string_view::npos ? text.size() : space + 1;
            glyphs.appendLiteral(text.substr(start, end - start), out);
            if (space != std::string_view::npos) out += adjustment;
            start = end;
        }
    }
    out += "] TJ\n";
}

}  // namespace fd::pdf
