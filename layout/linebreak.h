// Setting inline text into lines: measuring with the font tables, finding break opportunities
// with ICU's line BreakIterator for the document language, greedy fitting, justification, and
// the split into single-face TextOps (a glyph the primary face lacks comes from the fallback face).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "layout/fonts.h"
#include "layout/page.h"
#include "layout/style.h"

namespace fd::layout {

// One set line. Coordinates are relative to the start of the measure (x = 0) and the baseline
// (y = 0). Internal links keep their "#anchor" uri until pagination resolves them.
struct SetLine {
    std::vector<TextOp> texts;
    std::vector<LinkOp> links;
    double width = 0;            // from the first glyph to the end of the last, justification included
    size_t begin = 0, end = 0;   // byte range of the line in the runs' concatenated text
};

// Distance from the top of a line box to its baseline: the half-leading above the font's
// ascent, as in CSS, so that text sits optically centred in its line.
double baselineOffset(const Fonts& fonts, double size, double leading);

// Not thread-safe: one LineBreaker per thread (layoutDocument makes its own). The ICU iterators
// are cloned from per-thread prototypes, so making one is cheap.
class LineBreaker {
public:
    LineBreaker(const Fonts& fonts, const std::string& language);
    ~LineBreaker();
    LineBreaker(const LineBreaker&) = delete;
    LineBreaker& operator=(const LineBreaker&) = delete;

    const Fonts& fonts() const;

    // Breaks `text` into lines no wider than `measure`. Spaces at a line end hang (they are not
    // drawn); Justify stretches the U+0020 spaces of every line but the last and those ending
    // at a "\n"; a word longer than the measure is broken between graphemes.
    // Throws LayoutError when a character is in no face or the text is not UTF-8.
    // Memoised per thread (layout/line_memo.h): setting the same text again only copies lines.
    std::vector<SetLine> set(const doc::Inlines& text, const CharFormat& format, double measure, doc::Align align);

    // One line, never broken, starting at x = 0 (labels, page furniture).
    SetLine setLine(std::string_view text, const CharFormat& format);
    double width(std::string_view text, const CharFormat& format);
    // `text` if it fits in maxWidth, else its longest grapheme-boundary prefix followed by "…".
    std::string ellipsize(std::string_view text, const CharFormat& format, double maxWidth);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace fd::layout
