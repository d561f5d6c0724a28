// A PDF written straight to bytes, without PoDoFo's object model, for a document whose every
// face is a stock subset (stock_fonts.h): certificates by the thousand. Building PoDoFo objects, copying the stock fonts into them and writing them out was a
// third of a certificate's time; here the fonts and images are copied in as text serialised once
// per thread (serialised_objects.h), so a document costs its content streams and a few small
// dictionaries. Same content, fonts, images, links and metadata as the PoDoFo assembly.
#pragma once

#include <string>

#include "layout/page.h"
#include "writers/pdf/stock_fonts.h"

namespace fd::pdf {

// True when every text of `document` is in a face that `stock` (chooseStockSubsets) covers.
bool directlyWritable(const layout::LaidOutDocument& document, const StockChoice& stock);

// The PDF 1.7 file of a directly writable document. Reproducible: the same document gives the
// same bytes, whatever was written before in the thread. Throws OutputError (unreadable image)
// and std::logic_error (no pages, a link or bookmark to a missing page, a font size <= 0).
std::string directPdfBytes(const layout::LaidOutDocument& document, const StockChoice& stock);

}  // namespace fd::pdf
