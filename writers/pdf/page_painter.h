// Paints one laid-out page (its positioned text, rectangles, lines, images and links) onto a
// PoDoFo page. Every decision about where things go was taken by the layout: nothing here
// measures or moves anything.
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <vector>

#include "layout/page.h"
#include "writers/pdf/document_fonts.h"
#include "writers/pdf/document_images.h"

namespace fd::pdf {

struct PaintContext {
    PoDoFo::PdfDocument& document;
    DocumentFonts& fonts;
    DocumentImages& images;
    const std::vector<PoDoFo::PdfPage*>& pages;   // every page, for internal link targets
    std::string annotationDate;                   // PDF date pinned into link annotations (/M)
};

void paintPage(const layout::Page& source, PoDoFo::PdfPage& target, const PaintContext& context);

}  // namespace fd::pdf
