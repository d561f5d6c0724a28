// One stock font subset: the TrueType font of a layout face cut once to the fixed repertoire of
// stock_repertoire.h, its font objects finished (program trimmed and compressed, widths,
// ToUnicode map) and kept in a private document, ready to be copied into any number of PDFs.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "layout/page.h"
#include "writers/pdf/serialised_objects.h"

namespace fd::pdf {

class StockSubset {
public:
    // Cuts the subset of `face` from the TrueType file at `path`. Throws OutputError when the
    // file cannot be read or loaded.
    StockSubset(layout::Face face, const std::string& path);
    StockSubset(const StockSubset&) = delete;
    StockSubset& operator=(const StockSubset&) = delete;

    const std::string& path() const { return path_; }
    // The glyph id of `cp` (the font file's own: CIDToGIDMap is Identity), 0 when the subset
    // lacks it: outside the repertoire, or a character the font has no glyph for.
    uint16_t glyph(char32_t cp) const { return cp < glyphs_.size() ? glyphs_[cp] : 0; }
    // True when every character of `utf8` has a glyph in the subset (false for invalid UTF-8).
    bool covers(const std::string& utf8) const;

    // The Type0 font dictionary, whose references resolve in objects().
    const PoDoFo::PdfObject& font() const { return *font_; }
    const PoDoFo::PdfVecObjects& objects() const;
    // The font's objects as text for the direct writer, the Type0 dictionary numbered `first`.
    const SerialisedObjects& serialised(int first) const;

private:
    std::string path_;
    std::unique_ptr<PoDoFo::PdfMemDocument> holder_;   // owns the subset's objects
    const PoDoFo::PdfObject* font_ = nullptr;
    std::vector<uint16_t> glyphs_;                      // by code point
    mutable std::unique_ptr<SerialisedGraph> serialised_;   // made on first use
};

}  // namespace fd::pdf
