// Tables and key/value tables: rows are items that never split (unless a single row is taller
// than a page); a table's header row is repeated at the top of each page it continues on.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/error.h"
#include "layout/flow_builder.h"

namespace fd::layout {

namespace {

// Cells are never justified: a narrow column would open rivers of space.
doc::Align cellAlign(doc::Align a) { return a == doc::Align::Justify ? doc::Align::Left : a; }

}  // namespace

std::vector<Item> FlowBuilder::rowItems(std::vector<Cell>& cells, const ParagraphFormat& format,
                                        const RowLook& look, double maxHeight) const {
    size_t lineCount = 1;   // an empty row still has the height of one line
    for (const Cell& c : cells) lineCount = std::max(lineCount, c.lines.size());
    const double base = baselineOffset(ctx_.fonts, format.chars.size, format.leading);
    // All cells share one format, so line boundaries coincide across cells: slices cut there.
    const auto linesPerSlice =
        std::max<size_t>(1, static_cast<size_t>(std::floor((maxHeight - 2 * look.padY) / format.leading + 1e-9)));

    std::vector<Item> items;
    for (size_t first = 0; first < lineCount; first += linesPerSlice) {
        const size_t count = std::min(linesPerSlice, lineCount - first);
        const bool firstSlice = first == 0, lastSlice = first + count == lineCount;
        Item item;
        item.height = count * format.leading + 2 * look.padY;
        if (look.fill) {
            RectOp fill;
            fill.x = left_;
            fill.y = -item.height;
            fill.w = width_;
            fill.h = item.height;
            fill.fill = *look.fill;
            item.ops.emplace_back(fill);
        }
        for (Cell& cell : cells) {
            for (size_t k = first; k < first + count && k < cell.lines.size(); ++k) {
                const double baseline = -(look.padY + (k - first) * format.leading + base);
                placeLine(std::move(cell.lines[k]), cell.x, baseline, item.ops);
            }
        }
        if (look.topRule && firstSlice) {
            const double y = -look.topRuleWidth / 2;
            item.ops.emplace_back(LineOp{left_, y, left_ + width_, y, *look.topRule, look.topRuleWidth});
        }
        if (look.bottomRule && lastSlice) {
            const double y = -item.height + look.bottomRuleWidth / 2;
            item.ops.emplace_back(LineOp{left_, y, left_ + width_, y, *look.bottomRule, look.bottomRuleWidth});
        }
        items.push_back(std::move(item));
    }
    return items;
}

void FlowBuilder::operator()(const doc::Table& t) {
    if (t.columns.empty()) return;
    const TableStyle& ts = ctx_.style.table;
    const size_t n = t.columns.size();

    double totalWeight = 0;
    for (const doc::Column& c : t.columns) totalWeight += std::max(0.0, c.weight);
    std::vector<double> x(n), w(n);
    double cursor = left_;
    for (size_t c = 0; c < n; ++c) {
        const double share = totalWeight > 0 ? std::max(0.0, t.columns[c].weight) / totalWeight : 1.0 / n;
        x[c] = cursor;
        w[c] = width_ * share;
        cursor += w[c];
    }
    const auto setCells = [&](const std::vector<doc::Inlines>& texts, const ParagraphFormat& f) {
        std::vector<Cell> cells(n);
        for (size_t c = 0; c < n && c < texts.size(); ++c) {
            cells[c].x = x[c] + ts.padX;
            cells[c].lines = ctx_.breaker.set(texts[c], f.chars, std::max(0.0, w[c] - 2 * ts.padX),
                                              cellAlign(t.columns[c].align));
        }
        return cells;
    };

    open(ctx_.style.blockGap);
    int headerId = -1;
    double headerHeight = 0;
    const bool hasHeader = std::any_of(t.columns.begin(), t.columns.end(),
                                       [](const doc::Column& c) { return !c.header.empty(); });
    if (hasHeader) {
        std::vector<doc::Inlines> headers;
        for (const doc::Column& c : t.columns) headers.push_back(c.header);
        auto cells = setCells(headers, ts.header);
        RowLook look;
        look.fill = ts.headerFill;
        look.padY = ts.padY;
        auto items = rowItems(cells, ts.header, look, ctx_.bodyHeight);
        for (const Item& item : items) headerHeight += item.height;
        if (t.repeatHeader && items.size() == 1) {
            headerId = static_cast<int>(ctx_.flow.headers.size());
            ctx_.flow.headers.push_back(items.front());
        }
        for (Item& item : items) {
            item.keepWithNext = t.rows.empty() ? Keep::None : Keep::Strong;   // never a header alone
            push(std::move(item));
        }
    }

    const double rowLimit = ctx_.bodyHeight - (headerId >= 0 ? headerHeight : 0);
    const bool hasFooter = !t.footer.empty();
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        if (row.size() > n)
            throw LayoutError("layout.table_row_width",
                              {{"row", std::to_string(r + 1)}, {"cells", std::to_string(row.size())},
                               {"columns", std::to_string(n)}},
                              "table row " + std::to_string(r + 1) + " has " + std::to_string(row.size()) +
                                  " cells for " + std::to_string(n) + " columns");
        auto cells = setCells(row, ts.body);
        RowLook look;
        look.padY = ts.padY;
        if (t.zebra && r % 2 == 1) look.fill = ts.zebraFill;
        const bool lastRow = r + 1 == t.rows.size();
        if (lastRow && !hasFooter) {
            look.bottomRule = ts.closingRule;
            look.bottomRuleWidth = ts.closingRuleWidth;
        } else if (!t.zebra && !lastRow) {
            look.bottomRule = ts.rowRule;
            look.bottomRuleWidth = ts.rowRuleWidth;
        }
        for (Item& item : rowItems(cells, ts.body, look, rowLimit)) {
            item.repeatedHeader = headerId;
            push(std::move(item));
        }
    }
    if (hasFooter) {
        if (!out_.empty() && !blockEmpty_) out_.back().keepWithNext = Keep::Strong;   // totals stay with a row
        auto cells = setCells(t.footer, ts.footer);
        RowLook look;
        look.padY = ts.padY;
        look.topRule = ts.closingRule;
        look.topRuleWidth = ts.closingRuleWidth;
        look.bottomRule = ts.closingRule;
        look.bottomRuleWidth = ts.closingRuleWidth;
        for (Item& item : rowItems(cells, ts.footer, look, rowLimit)) {
            item.repeatedHeader = headerId;
            push(std::move(item));
        }
    }
    close(ctx_.style.blockGap);
}

void FlowBuilder::operator()(const doc::KeyValueTable& kv) {
    const KeyValueStyle& ks = ctx_.style.keyValue;
    const double keyWidth = width_ * std::clamp(kv.keyFraction, 0.05, 0.95);
    open(ctx_.style.blockGap);
    for (size_t r = 0; r < kv.rows.size(); ++r) {
        std::vector<Cell> cells(2);
        cells[0].x = left_;
        cells[0].lines = ctx_.breaker.set(kv.rows[r].first, ks.label.chars, keyWidth - ks.gap, doc::Align::Left);
        cells[1].x = left_ + keyWidth;
        cells[1].lines = ctx_.breaker.set(kv.rows[r].second, ks.value.chars, width_ - keyWidth, doc::Align::Left);
        RowLook look;
        look.padY = ks.padY;
        if (r + 1 < kv.rows.size()) {
            look.bottomRule = ks.rowRule;
            look.bottomRuleWidth = ks.rowRuleWidth;
        }
        for (Item& item : rowItems(cells, ks.value, look, ctx_.bodyHeight)) push(std::move(item));
    }
    close(ctx_.style.blockGap);
}

}  // namespace fd::layout
