// The PDF outline (bookmarks panel) from the layout's flat, level-numbered bookmark list.
#pragma once

#include <podofo/podofo.h>

#include <vector>

#include "layout/page.h"

namespace fd::pdf {

// Each bookmark nests under the closest previous bookmark of a lower level; all items open.
// `pages` are the document's pages by index. Does nothing for an empty list.
void writeOutline(PoDoFo::PdfDocument& document, const std::vector<layout::Bookmark>& bookmarks,
                  const std::vector<PoDoFo::PdfPage*>& pages);

}  // namespace fd::pdf
