// The flow: the document as a column of unbreakable items, before pagination.
// Block builders turn blocks into items; paginate.h puts items on pages.
#pragma once

#include <string>
#include <vector>

#include "layout/page.h"
#include "layout/style.h"

namespace fd::layout {

// How strongly an item holds to the next one. Pagination first honours every keep, then, for a
// group taller than a page, only the strong ones, then none.
enum class Keep : uint8_t {
    None,
    Weak,     // KeepTogether and Notice contents
    Strong,   // widows and orphans, a heading and what follows, a table header and its first row
};

// Something whose page position matters after pagination.
struct Marker {
    enum class Kind : uint8_t { Heading, Anchor, TocEntry };
    Kind kind = Kind::Heading;
    int heading = -1;          // Heading: ordinal in document order; TocEntry: the heading it lists
    int tocSlot = -1;          // TocEntry: index into Flow::tocSlots
    std::string anchor;        // Anchor
    double dy = 0;             // below the item top
};

// A TOC entry waiting for its page number: the title is set, the leaders and number are not.
struct TocSlot {
    double left = 0, right = 0;        // the entry's horizontal extent
    double titleEnd = 0;               // x where the last title line ends
    double baselineDy = 0;             // last line's baseline below the item top
    double height = 0;                 // the entry item's height (its link area)
    CharFormat format;
};

// An unbreakable slice of the flow: a line of text, a table row, an image...
// Its ops have absolute x and y relative to the item top (0, downwards negative).
struct Item {
    double height = 0;
    double spaceBefore = 0;            // style spacing: dropped when the item starts a page
    double spacer = 0;                 // Spacer blocks before the item: kept at the top of the first
                                       // page and after a PageBreak, dropped where the flow breaks by itself
    Keep keepWithNext = Keep::None;
    bool pageBreakBefore = false;
    int repeatedHeader = -1;           // index into Flow::headers: repeated when this item starts a page
    std::vector<Op> ops;
    std::vector<Marker> markers;
};

struct Flow {
    std::vector<Item> items;
    std::vector<Item> headers;         // table header rows to repeat on continuation pages
    std::vector<TocSlot> tocSlots;
};

void translate(Op& op, double dx, double dy);

// Moves `line` (baseline at y = 0, x from 0) into `ops` with its origin at (x, y).
struct SetLine;
void placeLine(SetLine&& line, double x, double y, std::vector<Op>& ops);

}  // namespace fd::layout
