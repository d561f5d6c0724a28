// Font subsets cut once per thread to a fixed repertoire (stock_repertoire.h), then copied
// already built and compressed into every document that draws only characters of that
// repertoire. Cutting a subset per document (PoDoFo reads the font file with FreeType, rebuilds
// glyf/loca and deflates the program when the document is written) was most of the time of a
// one-page certificate. A stock subset is larger (every glyph of the repertoire, not only those
// drawn) but the same for every document, so a document's bytes never depend on which others
// were written before it, in the same thread or not.
#pragma once

#include <podofo/podofo.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/page.h"

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

private:
    std::string path_;
    std::unique_ptr<PoDoFo::PdfMemDocument> holder_;   // owns the subset's objects
    const PoDoFo::PdfObject* font_ = nullptr;
    std::vector<uint16_t> glyphs_;                      // by code point
};

// The stock subsets of this thread: nothing here is shared across threads.
class StockFonts {
public:
    static StockFonts& forThisThread();

    // The subset of `face` from the file at `path`, cut on first use. Font files are taken not to
    // change while the process runs, as the layout's metrics already do (layout/fonts.h).
    const StockSubset& subset(layout::Face face, const std::string& path);

private:
    StockFonts() = default;
    std::map<std::pair<layout::Face, std::string>, std::unique_ptr<StockSubset>> subsets_;
};

// For each face: the stock subset when the document draws text in that face and every character
// of it is in the subset; null otherwise (the document then cuts its own subset of that face,
// e.g. for an Armenian name). `files` are the layout's font files.
using StockChoice = std::array<const StockSubset*, layout::kFaceCount>;
StockChoice chooseStockSubsets(const layout::LaidOutDocument& document, const layout::FontFiles& files);

}  // namespace fd::pdf
