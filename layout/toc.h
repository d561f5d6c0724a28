// The table of contents, in two passes. Pass one (FlowBuilder, toc.cpp) sets each entry's title
// and reserves its exact height, so pagination is final; pass two (fillTocEntry) adds the dot
// leaders, the page number and the link once the headings' pages are known.
#pragma once

#include <vector>

#include "layout/flow.h"
#include "layout/linebreak.h"

namespace fd::layout {

// `entryTop`: page y of the entry's top; `targetPage`/`targetY`: where its heading landed.
void fillTocEntry(const TocSlot& slot, double entryTop, int targetPage, double targetY, LineBreaker& breaker,
                  doc::Colour leaderColour, std::vector<Op>& pageOps);

}  // namespace fd::layout
