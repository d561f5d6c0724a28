// Font subsets cut once per thread to a fixed repertoire (stock_repertoire.h), then copied
// already built and compressed into every document that draws only characters of that
// repertoire. Cutting a subset per document (PoDoFo reads the font file with FreeType, rebuilds
// glyf/loca and deflates the program when the document is written) was most of the time of a
// one-page certificate. A stock subset is larger (every glyph of the repertoire, not only those
// drawn) but the same for every document, so a document's bytes never depend on which others
// were written before it, in the same thread or not.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>
#include <utility>

#include "layout/page.h"
#include "writers/pdf/stock_subset.h"

namespace fd::pdf {

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
