#include "layout/toc.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "layout/flow_builder.h"

namespace fd::layout {

void FlowBuilder::operator()(const doc::Toc& toc) {
    const Stylesheet& st = ctx_.style;
    open(st.heading(1).spaceBefore);
    if (!toc.title.empty()) {
        const ParagraphFormat& f = st.heading(1);
        const double base = baselineOffset(ctx_.fonts, f.chars.size, f.leading);
        Item item;
        double y = 0;
        for (SetLine& line : ctx_.breaker.set(toc.title, f.chars, width_, doc::Align::Left)) {
            placeLine(std::move(line), left_, y - base, item.ops);
            y -= f.leading;
        }
        item.height = -y + f.spaceAfter;
        item.keepWithNext = Keep::Strong;
        push(std::move(item));
    }
    for (size_t h = 0; h < ctx_.headings.size(); ++h) {
        const HeadingEntry& heading = ctx_.headings[h];
        if (!heading.tocEntry || heading.level > toc.maxLevel) continue;
        const int level = std::clamp(heading.level, 1, 3);
        const ParagraphFormat& f = st.toc.entry[level - 1];
        const double indent = (level - 1) * st.toc.indentPerLevel;
        const double x = left_ + indent;
        // The number column is reserved now, so the title wraps the same whatever the number.
        auto lines = ctx_.breaker.set(doc::plain(heading.title), f.chars,
                                      std::max(1.0, width_ - indent - st.toc.numberColumn), doc::Align::Left);
        if (lines.empty()) continue;
        const double base = baselineOffset(ctx_.fonts, f.chars.size, f.leading);

        TocSlot slot;
        slot.left = x;
        slot.right = left_ + width_;
        slot.titleEnd = x + lines.back().width;
        slot.baselineDy = (lines.size() - 1) * f.leading + base;
        slot.height = lines.size() * f.leading;
        slot.format = f.chars;
        slot.format.bold = false;   // leaders and numbers in the regular face

        Item item;
        item.height = slot.height;
        item.spaceBefore = blockEmpty_ ? 0 : f.spaceBefore;
        double y = 0;
        for (SetLine& line : lines) {
            placeLine(std::move(line), x, y - base, item.ops);
            y -= f.leading;
        }
        Marker marker;
        marker.kind = Marker::Kind::TocEntry;
        marker.heading = static_cast<int>(h);
        marker.tocSlot = static_cast<int>(ctx_.flow.tocSlots.size());
        item.markers.push_back(marker);
        ctx_.flow.tocSlots.push_back(slot);
        push(std::move(item));
    }
    close(st.body.spaceAfter * 2);
}

void fillTocEntry(const TocSlot& slot, double entryTop, int targetPage, double targetY, LineBreaker& breaker,
                  doc::Colour leaderColour, std::vector<Op>& pageOps) {
    const double baseline = entryTop - slot.baselineDy;
    SetLine number = breaker.setLine(std::to_string(targetPage + 1), slot.format);
    const double numberX = slot.right - number.width;

    // Dots sit on a grid counted from the right edge, so leaders line up from entry to entry.
    CharFormat leaderFormat = slot.format;
    leaderFormat.colour = leaderColour;
    const double pitch = breaker.width(". ", leaderFormat);
    const double dot = breaker.width(".", leaderFormat);
    const double clearance = slot.format.size * 0.5;
    const double first = slot.titleEnd + clearance, last = numberX - clearance;   // dots within [first, last]
    const double gridStart = slot.right - pitch * std::floor((slot.right - first) / pitch);
    int dots = 0;
    while (gridStart + dots * pitch + dot <= last + 1e-9) ++dots;
    if (dots > 0) {
        std::string leader;
        for (int k = 0; k < dots; ++k) leader += k == 0 ? "." : " .";
        placeLine(breaker.setLine(leader, leaderFormat), gridStart, baseline, pageOps);
    }
    placeLine(std::move(number), numberX, baseline, pageOps);

    LinkOp link;
    link.x = slot.left;
    link.y = entryTop - slot.height;
    link.w = slot.right - slot.left;
    link.h = slot.height;
    link.targetPage = targetPage;
    link.targetY = targetY;
    pageOps.emplace_back(std::move(link));
}

}  // namespace fd::layout
