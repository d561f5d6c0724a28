// A TextOp as one PDF text-showing operator: `[(glyphs) adj (glyphs) …] TJ`.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "layout/page.h"

namespace fd::pdf {

class StockSubset;

// The glyph ids of one Identity-H font. For a subset the document cuts itself, each character is
// looked up once and recorded once in the subset: PoDoFo's encoding would ask FreeType for every
// character of every text and insert each one into the subset's std::set, which made a long
// document's glyph handling as slow as its layout. A stock subset already holds its glyphs.
class GlyphMap {
public:
    // For `font`, a subset font of this document cut from the file at `fontPath`.
    GlyphMap(PoDoFo::PdfFont& font, std::string fontPath);
    // For a stock subset; a character outside it is a writer bug (chooseStockSubsets checks).
    explicit GlyphMap(const StockSubset& stock);

    // Appends the glyph ids of `utf8` as the bytes of a PDF literal string, escaped.
    // Throws OutputError for a character the font has no glyph for, rather than painting an
    // empty box (a code point outside the BMP included: Identity-H codes are 16 bits).
    void appendLiteral(std::string_view utf8, std::string& out);

private:
    uint16_t glyphOf(char32_t cp, std::string_view text);
    uint16_t lookUp(char32_t cp, std::string_view text);

    PoDoFo::PdfFont* font_ = nullptr;   // null for a stock subset
    const StockSubset* stock_ = nullptr;
    std::string fontPath_;
    std::vector<uint16_t> glyphs_;   // by BMP code point, 0 until looked up (own subsets only)
};

// Appends to `out` the TJ array for `op` in the map's font (at op.size). The real space glyphs
// are kept so that text extraction sees the spaces; when op.spaceExtra != 0 each U+0020 is
// followed by an adjustment of -spaceExtra*1000/size, which justifies the line (Tw would not:
// it only applies to the one-byte code 32, never to two-byte Identity-H codes).
void appendTextOperator(GlyphMap& glyphs, const layout::TextOp& op, std::string& out);

}  // namespace fd::pdf
