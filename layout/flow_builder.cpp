#include "layout/flow_builder.h"

#include <algorithm>
#include <string>

namespace fd::layout {

namespace {

std::string plainText(const doc::Inlines& runs) {
    std::string s;
    for (const doc::Run& r : runs) s += r.text;
    return s;
}

void collectInto(const std::vector<doc::Block>& blocks, std::vector<HeadingEntry>& out) {
    for (const doc::Block& block : blocks) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) {
            out.push_back({h->level, plainText(h->text), h->bookmark, h->tocEntry});
        } else if (const auto* n = std::get_if<std::shared_ptr<doc::Notice>>(&block)) {
            if (*n) collectInto((*n)->blocks, out);
        } else if (const auto* g = std::get_if<std::shared_ptr<doc::KeepTogether>>(&block)) {
            if (*g) collectInto((*g)->blocks, out);
        }
    }
}

}  // namespace

std::vector<HeadingEntry> collectHeadings(const std::vector<doc::Block>& blocks) {
    std::vector<HeadingEntry> out;
    collectInto(blocks, out);
    return out;
}

FlowBuilder::FlowBuilder(BuildContext& ctx, double left, double width, std::vector<Item>& out)
    : ctx_(ctx), left_(left), width_(width), out_(out) {}

void FlowBuilder::addAll(const std::vector<doc::Block>& blocks) {
    for (const doc::Block& block : blocks) add(block);
}

void FlowBuilder::add(const doc::Block& block) { std::visit(*this, block); }

// ---- Vertical rhythm ---------------------------------------------------------

void FlowBuilder::open(double spaceBefore) {
    gap_ = std::max(pendingAfter_, spaceBefore);
    blockEmpty_ = true;
}

void FlowBuilder::push(Item&& item) {
    if (blockEmpty_) {
        item.spaceBefore += gap_;
        item.spacer += pendingExtra_;
        item.pageBreakBefore = item.pageBreakBefore || pendingBreak_;
        pendingBreak_ = false;
        pendingExtra_ = 0;
        blockEmpty_ = false;
    }
    out_.push_back(std::move(item));
}

void FlowBuilder::close(double spaceAfter) {
    if (!blockEmpty_) pendingAfter_ = spaceAfter;
    blockEmpty_ = true;
}

void FlowBuilder::pushLines(std::vector<SetLine>&& lines, const ParagraphFormat& format, double x,
                            std::vector<Op>&& extra, double spaceBefore) {
    const double base = baselineOffset(ctx_.fonts, format.chars.size, format.leading);
    const size_t n = lines.size();
    for (size_t i = 0; i < n; ++i) {
        Item item;
        item.height = format.leading;
        if (i == 0) {
            item.spaceBefore = spaceBefore;
            item.ops = std::move(extra);
        }
        placeLine(std::move(lines[i]), x, -base, item.ops);
        // Glue line 1 to line 2 (no orphan) and line n-1 to line n (no widow).
        if (i + 1 < n && (i == 0 || i + 2 == n)) item.keepWithNext = Keep::Strong;
        push(std::move(item));
    }
}

// ---- Text blocks ---------------------------------------------------------------

void FlowBuilder::operator()(const doc::Heading& h) {
    const ParagraphFormat& f = ctx_.style.heading(h.level);
    auto lines = ctx_.breaker.set(h.text, f.chars, width_, doc::Align::Left);
    const double base = baselineOffset(ctx_.fonts, f.chars.size, f.leading);
    Item item;
    double y = 0;
    for (SetLine& line : lines) {
        placeLine(std::move(line), left_, y - base, item.ops);
        y -= f.leading;
    }
    item.height = -y;
    if (h.level == 2) {
        const double ruleY = y - ctx_.style.h2RuleGap - ctx_.style.h2RuleWidth / 2;
        item.ops.emplace_back(LineOp{left_, ruleY, left_ + width_, ruleY, ctx_.style.accent, ctx_.style.h2RuleWidth});
        item.height += ctx_.style.h2RuleGap + ctx_.style.h2RuleWidth;
    }
    Marker heading;
    heading.kind = Marker::Kind::Heading;
    heading.heading = ctx_.nextHeading++;
    item.markers.push_back(heading);
    if (!h.anchor.empty()) {
        Marker anchor;
        anchor.kind = Marker::Kind::Anchor;
        anchor.anchor = h.anchor;
        item.markers.push_back(std::move(anchor));
    }
    // A heading never ends a page: it holds to the next block's first lines.
    item.keepWithNext = Keep::Strong;
    open(f.spaceBefore);
    push(std::move(item));
    close(f.spaceAfter);
}

void FlowBuilder::operator()(const doc::Paragraph& p) {
    const ParagraphFormat& f = ctx_.style.paragraph(p.style);
    auto lines = ctx_.breaker.set(p.text, f.chars, width_, p.align);
    if (lines.empty()) return;
    open(f.spaceBefore);
    pushLines(std::move(lines), f, left_);
    close(f.spaceAfter);
}

void FlowBuilder::operator()(const doc::List& l) {
    const ParagraphFormat& f = ctx_.style.body;
    const ListStyle& ls = ctx_.style.list;
    LineBreaker& breaker = ctx_.breaker;
    // Digits are tabular, so the last number is the widest.
    const double indent = l.numbered
        ? std::max(ls.indent, breaker.width(std::to_string(l.items.size()) + ".", f.chars) + ls.markerGap)
        : ls.indent;
    const double base = baselineOffset(ctx_.fonts, f.chars.size, f.leading);
    CharFormat bullet = f.chars;
    bullet.colour = ctx_.style.accent;

    open(f.spaceBefore);
    for (size_t k = 0; k < l.items.size(); ++k) {
        auto lines = breaker.set(l.items[k], f.chars, width_ - indent, doc::Align::Left);
        if (lines.empty()) continue;
        std::vector<Op> marker;
        if (l.numbered) {
            SetLine number = breaker.setLine(std::to_string(k + 1) + ".", f.chars);
            const double x = left_ + indent - ls.markerGap - number.width;
            placeLine(std::move(number), x, -base, marker);
        } else {
            placeLine(breaker.setLine("•", bullet), left_ + ls.bulletOffset, -base, marker);
        }
        pushLines(std::move(lines), f, left_ + indent, std::move(marker), blockEmpty_ ? 0 : ls.itemGap);
    }
    close(f.spaceAfter);
}

void FlowBuilder::operator()(const doc::Checkboxes& boxes) {
    const ParagraphFormat& f = ctx_.style.body;
    const double side = ctx_.style.checkboxSize * f.chars.size;
    const double indent = side + ctx_.style.list.markerGap + 2;
    const double base = baselineOffset(ctx_.fonts, f.chars.size, f.leading);
    const doc::Colour ink = ctx_.style.ink;

    open(f.spaceBefore);
    for (const auto& [label, checked] : boxes.items) {
        auto lines = ctx_.breaker.set(label, f.chars, width_ - indent, doc::Align::Left);
        if (lines.empty()) continue;
        // The box stands on the baseline and is about as tall as a capital letter.
        const double bottom = -base - 0.05 * f.chars.size;
        std::vector<Op> box;
        RectOp frame;
        frame.x = left_;
        frame.y = bottom;
        frame.w = side;
        frame.h = side;
        frame.stroke = ink;
        frame.strokeWidth = 0.6;
        box.emplace_back(frame);
        if (checked) {
            const double inset = side * 0.2;
            const double x1 = left_ + inset, x2 = left_ + side - inset;
            const double y1 = bottom + inset, y2 = bottom + side - inset;
            box.emplace_back(LineOp{x1, y1, x2, y2, ink, 1.0});
            box.emplace_back(LineOp{x1, y2, x2, y1, ink, 1.0});
        }
        pushLines(std::move(lines), f, left_ + indent, std::move(box), blockEmpty_ ? 0 : ctx_.style.list.itemGap);
    }
    close(f.spaceAfter);
}

void FlowBuilder::operator()(const doc::Rule& rule) {
    Item item;
    item.height = rule.thickness;
    const double y = -rule.thickness / 2;
    item.ops.emplace_back(LineOp{left_, y, left_ + width_, y, rule.colour, rule.thickness});
    open(ctx_.style.ruleGap);
    push(std::move(item));
    close(ctx_.style.ruleGap);
}

void FlowBuilder::operator()(const doc::Spacer& s) { pendingExtra_ += s.height; }

void FlowBuilder::operator()(const doc::PageBreak&) { pendingBreak_ = true; }

// ---- Containers ---------------------------------------------------------------

void FlowBuilder::operator()(const std::shared_ptr<doc::KeepTogether>& group) {
    if (!group) return;
    const size_t first = out_.size();
    addAll(group->blocks);
    for (size_t k = first; k + 1 < out_.size(); ++k)
        out_[k].keepWithNext = std::max(out_[k].keepWithNext, Keep::Weak);
}

void FlowBuilder::operator()(const std::shared_ptr<doc::Notice>& notice) {
    if (!notice) return;
    const NoticeStyle& ns = ctx_.style.notice;
    const double innerLeft = left_ + ns.barWidth + ns.padLeft;
    const double innerWidth = width_ - ns.barWidth - ns.padLeft - ns.padRight;
    std::vector<Item> inner;
    const size_t headersBefore = ctx_.flow.headers.size();
    FlowBuilder(ctx_, innerLeft, innerWidth, inner).addAll(notice->blocks);
    if (inner.empty()) return;

    const auto decorate = [&](Item& item) {
        RectOp background;
        background.x = left_;
        background.y = -item.height;
        background.w = width_;
        background.h = item.height;
        background.fill = notice->background;
        RectOp bar = background;
        bar.w = ns.barWidth;
        bar.fill = notice->border;
        item.ops.insert(item.ops.begin(), {Op(background), Op(bar)});
    };
    // The gaps between inner items become part of the items, so the tint runs unbroken and,
    // should the notice split, each page's part starts and ends inside the box.
    for (size_t k = 0; k < inner.size(); ++k) {
        Item& item = inner[k];
        const double top = (k == 0 ? ns.padTop : item.spaceBefore) + item.spacer;
        const double bottom = k + 1 == inner.size() ? ns.padBottom : 0;
        for (Op& op : item.ops) translate(op, 0, -top);
        for (Marker& m : item.markers) m.dy += top;
        item.height += top + bottom;
        item.spaceBefore = 0;
        item.spacer = 0;
        item.pageBreakBefore = false;
        item.keepWithNext = k + 1 == inner.size() ? Keep::None : std::max(item.keepWithNext, Keep::Weak);
        decorate(item);
    }
    for (size_t h = headersBefore; h < ctx_.flow.headers.size(); ++h) decorate(ctx_.flow.headers[h]);

    open(ctx_.style.blockGap);
    for (Item& item : inner) push(std::move(item));
    close(ctx_.style.blockGap);
}

}  // namespace fd::layout
