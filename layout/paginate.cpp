#include "layout/paginate.h"

#include <algorithm>

namespace fd::layout {

PageGeometry pageGeometry(const doc::PageSetup& setup) {
    constexpr double kA4Short = 595.276, kA4Long = 841.89;
    PageGeometry g;
    const bool landscape = setup.orientation == doc::Orientation::Landscape;
    g.width = landscape ? kA4Long : kA4Short;
    g.height = landscape ? kA4Short : kA4Long;
    g.left = setup.marginLeft;
    g.right = g.width - setup.marginRight;
    g.bodyTop = g.height - setup.marginTop;
    g.bodyBottom = setup.marginBottom;
    return g;
}

namespace {

constexpr double kTolerance = 1e-6;

class Paginator {
public:
    Paginator(Flow& flow, const PageGeometry& geometry) : flow_(flow), geo_(geometry) {}

    Pagination run() {
        newPage(Start::Forced);
        placeRange(0, flow_.items.size(), static_cast<int>(Keep::Weak));
        return std::move(result_);
    }

private:
    // How the current page began: the first page and PageBreaks keep Spacers at the top.
    enum class Start { Forced, Natural };
    enum class Position { Flowing, ForcedTop, NaturalTop };

    Position position() const {
        if (!pageEmpty_) return Position::Flowing;
        return start_ == Start::Forced ? Position::ForcedTop : Position::NaturalTop;
    }

    // The space above an item: all of it within a page; only Spacers at the top of a page that
    // began by choice; nothing at the top of a page that began because the previous one was full.
    static double spaceAbove(const Item& item, Position at) {
        switch (at) {
            case Position::Flowing: return item.spaceBefore + item.spacer;
            case Position::ForcedTop: return item.spacer;
            case Position::NaturalTop: break;
        }
        return 0;
    }

    // Height the items [b, e) need from the cursor, at position `at`; at a page top a table
    // row brings its repeated header row.
    double groupHeight(size_t b, size_t e, Position at) const {
        double h = 0;
        for (size_t k = b; k < e; ++k) {
            h += spaceAbove(flow_.items[k], k == b ? at : Position::Flowing);
            h += flow_.items[k].height;
        }
        const int header = flow_.items[b].repeatedHeader;
        if (at != Position::Flowing && header >= 0) h += flow_.headers[static_cast<size_t>(header)].height;
        return h;
    }

    // End of the group starting at b: items held together by keeps at least as strong as `level`.
    size_t groupEnd(size_t b, size_t e, int level) const {
        size_t j = b;
        while (j + 1 < e && static_cast<int>(flow_.items[j].keepWithNext) >= level && !flow_.items[j + 1].pageBreakBefore)
            ++j;
        return j + 1;
    }

    double available() const { return cursor_ - geo_.bodyBottom; }

    // Places [b, e) honouring keeps of strength >= level; a group that cannot fit even on a
    // fresh page is placed again with only the stronger keeps (level + 1), then with none.
    void placeRange(size_t b, size_t e, int level) {
        size_t i = b;
        while (i < e) {
            if (flow_.items[i].pageBreakBefore && !pageEmpty_) newPage(Start::Forced);
            const size_t j = groupEnd(i, e, level);
            if (groupHeight(i, j, position()) <= available() + kTolerance) {
                place(i, j);
            } else if (!pageEmpty_ && groupHeight(i, j, Position::NaturalTop) <= geo_.bodyHeight() + kTolerance) {
                newPage(Start::Natural);
                place(i, j);
            } else if (j - i > 1) {
                placeRange(i, j, level + 1);
            } else {
                // One item taller than a page (rare: images and rows are cut to fit): it gets
                // a page of its own rather than running off the bottom of a partly used one.
                if (!pageEmpty_) newPage(Start::Natural);
                place(i, j);
            }
            i = j;
        }
    }

    void place(size_t b, size_t e) {
        for (size_t k = b; k < e; ++k) place(flow_.items[k]);
    }

    void place(Item& item) {
        const Position at = position();
        cursor_ -= spaceAbove(item, at);
        if (at != Position::Flowing && item.repeatedHeader >= 0) {
            Item copy = flow_.headers[static_cast<size_t>(item.repeatedHeader)];
            put(copy);
        }
        put(item);
    }

    void put(Item& item) {
        Page& page = result_.pages.back();
        const double top = cursor_;
        for (Op& op : item.ops) {
            translate(op, 0, top);
            page.ops.push_back(std::move(op));
        }
        item.ops.clear();
        const int pageIndex = static_cast<int>(result_.pages.size()) - 1;
        for (Marker& m : item.markers) {
            const double y = top - m.dy;
            result_.markers.push_back({std::move(m), pageIndex, y});
        }
        item.markers.clear();
        cursor_ -= item.height;
        pageEmpty_ = false;
    }

    void newPage(Start start) {
        start_ = start;
        Page page;
        page.width = geo_.width;
        page.height = geo_.height;
        result_.pages.push_back(std::move(page));
        cursor_ = geo_.bodyTop;
        pageEmpty_ = true;
    }

    Flow& flow_;
    const PageGeometry& geo_;
    Pagination result_;
    double cursor_ = 0;       // page y of the top of the free space
    bool pageEmpty_ = true;
    Start start_ = Start::Forced;
};

}  // namespace

Pagination paginate(Flow& flow, const PageGeometry& geometry) { return Paginator(flow, geometry).run(); }

}  // namespace fd::layout
