// A TrueType font that PoDoFo subsets when the document is written (Identity-H, ToUnicode),
// made the one way both the per-document fonts and the stock subsets need it.
#pragma once

#include <podofo/podofo.h>

#include <string>

#include "layout/page.h"

namespace fd::pdf {

// Adds to `document` a subset font of `face` from the TrueType file at `path`; the document owns
// it. Throws OutputError when there is no path or the file cannot be read or loaded.
PoDoFo::PdfFont& createSubsetFont(PoDoFo::PdfDocument& document, layout::Face face, const std::string& path);

}  // namespace fd::pdf
