#include "layout/layout.h"

#include <unordered_map>

#include "layout/flow_builder.h"
#include "layout/furniture.h"
#include "layout/linebreak.h"
#include "layout/paginate.h"
#include "layout/style.h"
#include "layout/toc.h"

namespace fd::layout {

namespace {

struct Destination {
    int page = -1;
    double y = 0;
};

// Where every heading and anchor landed, then what depends on it: the outline, the TOC's page
// numbers and the internal links.
void resolveMarkers(const Pagination& placed, const BuildContext& ctx, const Flow& flow, LineBreaker& breaker,
                    LaidOutDocument& out) {
    std::vector<Destination> headings(ctx.headings.size());
    std::unordered_map<std::string, Destination> anchors;
    for (const PlacedMarker& p : placed.markers) {
        if (p.marker.kind == Marker::Kind::Heading) {
            const auto ordinal = static_cast<size_t>(p.marker.heading);
            headings[ordinal] = {p.page, p.y};
            const HeadingEntry& h = ctx.headings[ordinal];
            if (h.bookmark) out.bookmarks.push_back({h.level, h.title, p.page, p.y});
        } else if (p.marker.kind == Marker::Kind::Anchor) {
            anchors.emplace(p.marker.anchor, Destination{p.page, p.y});
        }
    }
    for (const PlacedMarker& p : placed.markers) {
        if (p.marker.kind != Marker::Kind::TocEntry) continue;
        const Destination& target = headings[static_cast<size_t>(p.marker.heading)];
        fillTocEntry(flow.tocSlots[static_cast<size_t>(p.marker.tocSlot)], p.y, target.page, target.y, breaker,
                     ctx.style.muted, out.pages[static_cast<size_t>(p.page)].ops);
    }
    for (Page& page : out.pages) {
        for (Op& op : page.ops) {
            auto* link = std::get_if<LinkOp>(&op);
            if (!link || link->uri.empty() || link->uri.front() != '#') continue;
            const std::string anchor = link->uri.substr(1);
            auto it = anchors.find(anchor);
            if (it == anchors.end())
                throw LayoutError("layout.anchor_unknown", {{"anchor", anchor}},
                                  "internal link to an unknown anchor: #" + anchor);
            link->uri.clear();
            link->targetPage = it->second.page;
            link->targetY = it->second.y;
        }
    }
}

void recordFacesUsed(LaidOutDocument& out) {
    for (const Page& page : out.pages)
        for (const Op& op : page.ops)
            if (const auto* text = std::get_if<TextOp>(&op)) out.faceUsed[static_cast<int>(text->face)] = true;
}

}  // namespace

LaidOutDocument layoutDocument(const doc::Document& document, const Fonts& fonts) {
    const Stylesheet style(document.accent);
    LineBreaker breaker(fonts, document.metadata.language);
    const PageGeometry geometry = pageGeometry(document.page);

    Flow flow;
    BuildContext ctx{fonts, style, breaker, flow, geometry.bodyHeight(), document.metadata.language,
                     collectHeadings(document.blocks), 0};
    FlowBuilder(ctx, geometry.left, geometry.bodyWidth(), flow.items).addAll(document.blocks);

    Pagination placed = paginate(flow, geometry);
    LaidOutDocument out;
    out.metadata = document.metadata;
    out.pages = std::move(placed.pages);
    resolveMarkers(placed, ctx, flow, breaker, out);
    stampFurniture(out.pages, document, style, geometry, breaker);
    recordFacesUsed(out);
    return out;
}

}  // namespace fd::layout
