// Blocks to flow items. One FlowBuilder per column (the body, the inside of a notice); they
// share a BuildContext. The member functions are spread by block family over flow_builder.cpp
// (text, lists, containers), build_table.cpp, build_media.cpp, build_chart.cpp and toc.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "layout/flow.h"
#include "layout/fonts.h"
#include "layout/linebreak.h"
#include "layout/style.h"

namespace fd::layout {

// A heading as the TOC and the outline need it, collected before layout (the TOC comes first).
struct HeadingEntry {
    int level = 1;
    std::string title;         // plain text
    bool bookmark = true;
    bool tocEntry = true;
};

// Every heading of the blocks, nested ones included, in document order.
std::vector<HeadingEntry> collectHeadings(const std::vector<doc::Block>& blocks);

struct BuildContext {
    const Fonts& fonts;
    const Stylesheet& style;
    LineBreaker& breaker;
    Flow& flow;
    double bodyHeight = 0;                  // the tallest an item may be
    std::string language;                   // BCP 47, for number formatting in charts
    std::vector<HeadingEntry> headings;
    int nextHeading = 0;                    // ordinal of the next heading met
};

class FlowBuilder {
public:
    FlowBuilder(BuildContext& ctx, double left, double width, std::vector<Item>& out);

    void addAll(const std::vector<doc::Block>& blocks);
    void add(const doc::Block& block);

    // Visitor entry points, one per block type.
    void operator()(const doc::Heading& h);
    void operator()(const doc::Paragraph& p);
    void operator()(const doc::List& l);
    void operator()(const doc::KeyValueTable& kv);
    void operator()(const doc::Table& t);
    void operator()(const doc::Image& img);
    void operator()(const doc::QrCode& qr);
    void operator()(const doc::Signature& s);
    void operator()(const doc::Spacer& s);
    void operator()(const doc::PageBreak&);
    void operator()(const doc::Toc& toc);
    void operator()(const doc::BarChart& chart);
    void operator()(const doc::Checkboxes& boxes);
    void operator()(const doc::Rule& rule);
    void operator()(const std::shared_ptr<doc::Notice>& notice);
    void operator()(const std::shared_ptr<doc::KeepTogether>& group);

private:
    // A cell of a table row: its set lines and where its text starts.
    struct Cell {
        std::vector<SetLine> lines;
        double x = 0;
    };
    struct RowLook {
        std::optional<doc::Colour> fill;
        std::optional<doc::Colour> topRule, bottomRule;
        double topRuleWidth = 0, bottomRuleWidth = 0;
        double padY = 0;
    };

    // Vertical rhythm between blocks: a block's space before collapses with the previous
    // block's space after (the larger wins) and is dropped at a page top; Spacers add to it.
    void open(double spaceBefore);
    void push(Item&& item);
    void close(double spaceAfter);

    // Lines as one item each, holding the first two and the last two together (no orphan,
    // no widow). `extra` goes with the first line (a list marker, a checkbox), and so does
    // `spaceBefore` (the gap between list items).
    void pushLines(std::vector<SetLine>&& lines, const ParagraphFormat& format, double x,
                   std::vector<Op>&& extra = {}, double spaceBefore = 0);
    // A table row as items: one, or several slices between lines when taller than maxHeight.
    std::vector<Item> rowItems(std::vector<Cell>& cells, const ParagraphFormat& format, const RowLook& look,
                               double maxHeight) const;
    double imageHeightLimit() const { return ctx_.bodyHeight; }

    BuildContext& ctx_;
    double left_, width_;
    std::vector<Item>& out_;
    double pendingAfter_ = 0;     // space after the previous block
    double pendingExtra_ = 0;     // Spacers since the previous block
    bool pendingBreak_ = false;   // a PageBreak since the previous block
    double gap_ = 0;              // space before the first item of the open block
    bool blockEmpty_ = true;      // the open block has pushed nothing yet
};

}  // namespace fd::layout
