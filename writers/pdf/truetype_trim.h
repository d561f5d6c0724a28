// Makes a subset TrueType font program smaller without changing any glyph's outline or advance,
// for the stock subsets (stock_fonts.h), which hold a whole repertoire and go into every file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fd::pdf {

// Returns `program` (a TrueType font, e.g. the FontFile2 PoDoFo wrote for a subset) with:
//  * no hinting: the instructions of every glyph and the fpgm, prep, cvt, hdmx, LTSH and VDMX
//    tables removed. Hinting adjusts outlines to the pixel grid of a screen at small sizes;
//    PDF viewers scale glyphs freely and most ignore it. It was half of the glyph data of
//    Liberation Sans.
//  * zero horizontal metrics for the glyphs that have no outline and are not in `drawn` (the
//    glyphs PoDoFo's subset emptied but left in the full-length hmtx); the widths a viewer uses
//    are the PDF font's /W array.
// Glyph ids are unchanged. Throws fd::OutputError when `program` is not a TrueType font this
// function can read (no glyf/loca outlines, truncated tables).
std::string trimTrueType(const std::string& program, const std::vector<uint16_t>& drawn);

}  // namespace fd::pdf
