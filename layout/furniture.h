// Page furniture, stamped once pagination is done (the footer needs the page count): the
// running header (logo, organisation, document title, rule), the footer (reference, centre
// text, "page X of Y") and the decorative frame of certificates.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "layout/linebreak.h"
#include "layout/paginate.h"
#include "layout/style.h"

namespace fd::layout {

void stampFurniture(std::vector<Page>& pages, const doc::Document& document, const Stylesheet& style,
                    const PageGeometry& geometry, LineBreaker& breaker);

}  // namespace fd::layout
