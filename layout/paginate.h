// Pagination: items onto pages, top to bottom, honouring keeps (widows/orphans, headings with
// what follows, KeepTogether, notices), forced page breaks and repeated table headers.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "layout/flow.h"
#include "layout/page.h"

namespace fd::layout {

// The page and its body area (inside the margins), in PDF points.
struct PageGeometry {
    double width = 595.276, height = 841.89;
    double left = 56, right = 539.276;        // x of the left and right margins
    double bodyTop = 771.89, bodyBottom = 60;  // y of the top and bottom margins
    double bodyWidth() const { return right - left; }
    double bodyHeight() const { return bodyTop - bodyBottom; }
};

PageGeometry pageGeometry(const doc::PageSetup& setup);   // A4, portrait or landscape

struct PlacedMarker {
    Marker marker;
    int page = 0;
    double y = 0;        // page y of the marker (its item's top minus its dy)
};

struct Pagination {
    std::vector<Page> pages;             // at least one
    std::vector<PlacedMarker> markers;   // in flow order
};

// Consumes the flow's items (their ops move onto the pages).
Pagination paginate(Flow& flow, const PageGeometry& geometry);

}  // namespace fd::layout
