// The embedded fonts of one PDF document: one subset TrueType font with Identity-H encoding per
// layout face, added on first use so that exactly the faces the text uses are embedded. A face
// is either a stock subset copied in ready-made (stock_fonts.h) or a subset of its own, which
// PoDoFo builds from the glyphs drawn when the document is written.
#pragma once

#include <podofo/podofo.h>

#include <memory>
#include <string>

#include "layout/page.h"
#include "writers/pdf/stock_fonts.h"
#include "writers/pdf/text_showing.h"

namespace fd::pdf {

// What the page painter needs to show text in one face.
struct FontInUse {
    PoDoFo::PdfName name;              // its key in the pages' /Font resources
    PoDoFo::PdfReference reference;    // the Type0 font dictionary
    GlyphMap glyphs;
};

class DocumentFonts {
public:
    // `declared` is LaidOutDocument::faceUsed: using a face the layout did not declare is a
    // layout bug and throws std::logic_error. `stock` gives the faces that use a stock subset
    // (chooseStockSubsets); the others are cut for this document.
    DocumentFonts(PoDoFo::PdfDocument& document, const layout::FontFiles& files,
                  const bool (&declared)[layout::kFaceCount], const StockChoice& stock);
    DocumentFonts(const DocumentFonts&) = delete;
    DocumentFonts& operator=(const DocumentFonts&) = delete;

    // The font of `face`, added to the document on first use. Throws OutputError when the
    // font file cannot be loaded.
    FontInUse& font(layout::Face face);

private:
    FontInUse stockFont(const StockSubset& stock);
    FontInUse ownSubset(layout::Face face);

    PoDoFo::PdfDocument& document_;
    const layout::FontFiles& files_;
    const bool (&declared_)[layout::kFaceCount];
    const StockChoice stock_;
    std::unique_ptr<FontInUse> fonts_[layout::kFaceCount];
};

}  // namespace fd::pdf
