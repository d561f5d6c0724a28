// Helpers shared by the layout tests (tests/unit/layout_*.cpp).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/layout.h"
#include "layout/paginate.h"

namespace fd::layout::test {

// Loading the faces takes milliseconds: one instance for every test.
inline const Fonts& sharedFonts() {
    static const Fonts fonts;
    return fonts;
}

inline doc::Run run(std::string text, bool bold = false, bool italic = false, std::string link = {}) {
    doc::Run r;
    r.text = std::move(text);
    r.bold = bold;
    r.italic = italic;
    r.link = std::move(link);
    return r;
}

inline doc::Document document(std::vector<doc::Block> blocks, std::string language = "fr-FR") {
    doc::Document d;
    d.metadata.language = std::move(language);
    d.blocks = std::move(blocks);
    return d;
}

inline doc::Paragraph paragraph(std::string text, doc::Align align = doc::Align::Justify) {
    doc::Paragraph p;
    p.text = doc::plain(std::move(text));
    p.align = align;
    return p;
}

inline doc::Heading heading(int level, std::string text, std::string anchor = {}) {
    doc::Heading h;
    h.level = level;
    h.text = doc::plain(std::move(text));
    h.anchor = std::move(anchor);
    return h;
}

// "word word word …" `count` times: a paragraph whose every line op contains `word`.
inline std::string repeated(const std::string& word, int count) {
    std::string s;
    for (int k = 0; k < count; ++k) s += (k ? " " : "") + word;
    return s;
}

// `count` lines separated by hard breaks, each holding `word`.
inline std::string hardLines(const std::string& word, int count) {
    std::string s;
    for (int k = 0; k < count; ++k) s += (k ? "\n" : "") + word + std::to_string(k);
    return s;
}

template <class T>
std::vector<const T*> opsOf(const Page& page) {
    std::vector<const T*> out;
    for (const Op& op : page.ops)
        if (const T* t = std::get_if<T>(&op)) out.push_back(t);
    return out;
}

// TextOps of the page whose text contains `needle`.
inline std::vector<const TextOp*> textsContaining(const Page& page, const std::string& needle) {
    std::vector<const TextOp*> out;
    for (const TextOp* t : opsOf<TextOp>(page))
        if (t->text.find(needle) != std::string::npos) out.push_back(t);
    return out;
}

// The page holding a TextOp that contains `needle` (first match), or -1.
inline int pageOf(const LaidOutDocument& d, const std::string& needle) {
    for (size_t p = 0; p < d.pages.size(); ++p)
        if (!textsContaining(d.pages[p], needle).empty()) return static_cast<int>(p);
    return -1;
}

// Every op of the body zone (between the header and footer zones) lies inside the margins;
// in particular no TextOp runs past the right margin. Certificate frames are exempt.
inline void expectWithinMargins(const LaidOutDocument& d, const doc::PageSetup& setup) {
    constexpr double kTolerance = 1e-6;
    const PageGeometry g = pageGeometry(setup);
    for (size_t p = 0; p < d.pages.size(); ++p) {
        for (const Op& op : d.pages[p].ops) {
            double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
            if (const auto* t = std::get_if<TextOp>(&op)) {
                x0 = t->x; x1 = t->x + t->width; y0 = t->y; y1 = t->y;
            } else if (const auto* r = std::get_if<RectOp>(&op)) {
                if (setup.frame && !r->fill && r->w > g.bodyWidth()) continue;   // the frame
                x0 = r->x; x1 = r->x + r->w; y0 = r->y; y1 = r->y + r->h;
            } else if (const auto* l = std::get_if<LineOp>(&op)) {
                x0 = std::min(l->x1, l->x2); x1 = std::max(l->x1, l->x2);
                y0 = std::min(l->y1, l->y2); y1 = std::max(l->y1, l->y2);
            } else if (const auto* i = std::get_if<ImageOp>(&op)) {
                x0 = i->x; x1 = i->x + i->w; y0 = i->y; y1 = i->y + i->h;
            } else if (const auto* k = std::get_if<LinkOp>(&op)) {
                x0 = k->x; x1 = k->x + k->w; y0 = k->y; y1 = k->y + k->h;
            } else if (const auto* m = std::get_if<ModulesOp>(&op)) {
                x0 = m->x; x1 = m->x + m->columns * m->module; y0 = m->y; y1 = m->y + m->columns * m->module;
            }
            const bool inBodyZone = y1 > g.bodyBottom && y0 < g.bodyTop;
            if (!inBodyZone) continue;
            EXPECT_GE(x0, g.left - kTolerance) << "page " << p + 1;
            EXPECT_LE(x1, g.right + kTolerance) << "page " << p + 1;
            if (const auto* t = std::get_if<TextOp>(&op)) {
                EXPECT_LE(t->x + t->width, g.right + kTolerance) << "text \"" << t->text << "\" page " << p + 1;
            }
        }
    }
}

}  // namespace fd::layout::test
