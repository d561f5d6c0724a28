#include "layout/layout.h"

#include <string>
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

// A page number reserved by the line breaker (doc::Run::pageOf): its text, and its place within
// the reserved width.
void fillPageNumber(TextOp& text, int targetPage, LineBreaker& breaker) {
    // The placeholder digits came from the primary face, as the number's digits will.
    CharFormat format;
    format.size = text.size;
    format.bold = text.face == Face::Bold || text.face == Face::BoldItalic;
    format.italic = text.face == Face::Italic || text.face == Face::BoldItalic;
    text.text = std::to_string(targetPage + 1);
    const double width = breaker.width(text.text, format);
    text.x += (text.width - width) * text.pageOfAlign;
    text.width = width;
    text.pageOf.clear();
}

// Where every heading and anchor landed, then what depends on it: the outline, the TOC's page
// numbers, the internal links and the page numbers runs ask for (doc::Run::pageOf).
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
    const auto destination = [&anchors](const std::string& anchor) {
        auto it = anchors.find(anchor);
        if (it == anchors.end())
            throw LayoutError("layout.anchor_unknown", {{"anchor", anchor}},
                              "internal link to an unknown anchor: #" + anchor);
        return it->second;
    };
    for (Page& page : out.pages) {
        for (Op& op : page.ops) {
            if (auto* text = std::get_if<TextOp>(&op)) {
                if (!text->pageOf.empty()) fillPageNumber(*text, destination(text->pageOf).page, breaker);
                continue;
            }
            auto* link = std::get_if<LinkOp>(&op);
            if (!link || link->uri.empty() || link->uri.front() != '#') continue;
            const Destination target = destination(link->uri.substr(1));
            link->uri.clear();
            link->targetPage = target.page;
            link->targetY = target.y;
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
