// Pagination: table splitting with repeated headers, keep-with-next, widows and orphans,
// KeepTogether, notices, page breaks.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "layout/style.h"
#include "layout_test_support.h"

namespace fd::layout {
namespace {

// Body lines a default page holds: sweeps and fillers follow the house style's leading.
int linesPerPage() {
    return static_cast<int>(pageGeometry(doc::PageSetup{}).bodyHeight() / Stylesheet(0).body.leading);
}

using test::document;
using test::hardLines;
using test::heading;
using test::opsOf;
using test::pageOf;
using test::paragraph;
using test::repeated;
using test::sharedFonts;
using test::textsContaining;

// The page holding a TextOp whose text is exactly `text`, or -1.
int pageOfExact(const LaidOutDocument& d, const std::string& text) {
    for (size_t p = 0; p < d.pages.size(); ++p)
        for (const TextOp* t : opsOf<TextOp>(d.pages[p]))
            if (t->text == text) return static_cast<int>(p);
    return -1;
}

// The lowest point reached by text on a page (baseline of its last line).
double lowestBaseline(const Page& page) {
    double y = 1e9;
    for (const TextOp* t : opsOf<TextOp>(page)) y = std::min(y, t->y);
    return y;
}

doc::Table courseTable(int rows, bool repeatHeader) {
    doc::Table t;
    t.columns = {doc::Column{doc::plain("Intitulé"), 2, doc::Align::Left},
                 doc::Column{doc::plain("Description"), 5, doc::Align::Left},
                 doc::Column{doc::plain("Heures"), 1, doc::Align::Right}};
    t.repeatHeader = repeatHeader;
    for (int r = 0; r < rows; ++r) {
        const std::string id = std::to_string(r);
        // Every third row wraps over several lines; each of its lines contains "d<r>x".
        t.rows.push_back({doc::plain("Ligne " + id), doc::plain(repeated("d" + id + "x", r % 3 == 0 ? 25 : 2)),
                          doc::plain(id + "\u00A0h")});
    }
    return t;
}

TEST(LayoutPaginate, TableHeaderRowIsRepeatedOnEachPageAndRowsNeverSplit) {
    const doc::Document source = document({heading(1, "Programme détaillé"), courseTable(90, true)});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    ASSERT_GE(d.pages.size(), 3u);
    for (size_t p = 0; p < d.pages.size(); ++p) {
        const auto headers = textsContaining(d.pages[p], "Intitulé");
        ASSERT_EQ(headers.size(), 1u) << "page " << p + 1;
        // The header row is above every body row of its page.
        for (const TextOp* t : textsContaining(d.pages[p], "Ligne ")) EXPECT_LT(t->y, headers[0]->y);
    }
    int previousPage = 0;
    for (int r = 0; r < 90; ++r) {
        const std::string id = std::to_string(r);
        const int page = pageOfExact(d, "Ligne " + id);
        ASSERT_GE(page, previousPage) << "rows out of order at " << r;
        EXPECT_EQ(pageOfExact(d, id + "\u00A0h"), page);
        for (size_t p = 0; p < d.pages.size(); ++p) {
            for (const TextOp* t : textsContaining(d.pages[p], "d" + id + "x"))
                EXPECT_EQ(static_cast<int>(p), page) << "row " << r << " split: " << t->text;
        }
        previousPage = page;
    }
    test::expectWithinMargins(d, source.page);
}

TEST(LayoutPaginate, HeaderRowAppearsOnceWhenNotRepeated) {
    const LaidOutDocument d = layoutDocument(document({courseTable(90, false)}), sharedFonts());
    ASSERT_GE(d.pages.size(), 2u);
    EXPECT_EQ(textsContaining(d.pages[0], "Intitulé").size(), 1u);
    for (size_t p = 1; p < d.pages.size(); ++p) EXPECT_TRUE(textsContaining(d.pages[p], "Intitulé").empty());
}

TEST(LayoutPaginate, RowTallerThanAPageIsSplitBetweenLines) {
    doc::Table t;
    t.columns = {doc::Column{doc::plain("Module"), 1, doc::Align::Left}, doc::Column{doc::plain("Contenu"), 3, doc::Align::Left}};
    t.rows.push_back({doc::plain("Court"), doc::plain("Ligne simple")});
    t.rows.push_back({doc::plain("Très long"), doc::plain(hardLines("contenu", 150))});
    const doc::Document source = document({t});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    ASSERT_GE(d.pages.size(), 3u);
    int previousPage = 0;
    for (int k = 0; k < 150; ++k) {
        const int page = pageOfExact(d, "contenu" + std::to_string(k));
        ASSERT_GE(page, previousPage) << "line " << k;
        previousPage = page;
    }
    for (const Page& page : d.pages) EXPECT_EQ(textsContaining(page, "Module").size(), 1u);
    test::expectWithinMargins(d, source.page);
}

TEST(LayoutPaginate, HeadingNeverEndsAPage) {
    bool movedThoughItFitted = false;
    for (int fillerLines = linesPerPage() - 14; fillerLines <= linesPerPage() + 2; ++fillerLines) {
        const doc::Document source = document({paragraph(hardLines("filler", fillerLines), doc::Align::Left),
                                               heading(2, "Modalités d’évaluation"),
                                               paragraph(repeated("suite", 60))});
        const LaidOutDocument d = layoutDocument(source, sharedFonts());
        ASSERT_EQ(d.bookmarks.size(), 1u);
        const int headingPage = d.bookmarks[0].page;
        EXPECT_EQ(pageOf(d, "suite"), headingPage) << fillerLines << " filler lines";
        EXPECT_GE(textsContaining(d.pages[static_cast<size_t>(headingPage)], "suite").size(), 2u);
        if (headingPage == 1) {
            // Did the heading itself have room on page 1? Its extent: from the page top to its rule.
            const PageGeometry g = pageGeometry(source.page);
            double rule = g.bodyTop;
            for (const LineOp* l : opsOf<LineOp>(d.pages[1])) rule = std::min(rule, l->y1);
            const double headingExtent = g.bodyTop - rule;
            const double room = lowestBaseline(d.pages[0]) - g.bodyBottom;
            movedThoughItFitted |= room > headingExtent + 20;
        }
        test::expectWithinMargins(d, source.page);
    }
    EXPECT_TRUE(movedThoughItFitted) << "the sweep never put the heading where it alone would have fitted";
}

TEST(LayoutPaginate, NoWidowsNorOrphans) {
    bool splitSeen = false;
    for (int fillerLines = linesPerPage() - 14; fillerLines <= linesPerPage() + 2; ++fillerLines) {
        const doc::Document source =
            document({paragraph(hardLines("filler", fillerLines), doc::Align::Left), paragraph(repeated("veuve", 75))});
        const LaidOutDocument d = layoutDocument(source, sharedFonts());
        int pagesWithLines = 0;
        for (const Page& page : d.pages) {
            const size_t lines = textsContaining(page, "veuve").size();
            if (lines == 0) continue;
            ++pagesWithLines;
            EXPECT_GE(lines, 2u) << "a lone line of the paragraph, " << fillerLines << " filler lines";
        }
        splitSeen |= pagesWithLines > 1;
        // The filler paragraph obeys the same rule.
        for (const Page& page : d.pages) {
            const size_t lines = textsContaining(page, "filler").size();
            if (lines > 0) {
                EXPECT_GE(lines, 2u);
            }
        }
    }
    EXPECT_TRUE(splitSeen) << "the sweep never split the paragraph across pages";
}

TEST(LayoutPaginate, PageBreakStartsANewPage) {
    const LaidOutDocument d =
        layoutDocument(document({paragraph("Avant"), doc::PageBreak{}, paragraph("Après")}), sharedFonts());
    ASSERT_EQ(d.pages.size(), 2u);
    EXPECT_EQ(pageOfExact(d, "Avant"), 0);
    EXPECT_EQ(pageOfExact(d, "Après"), 1);
    // At the page top, the paragraph starts right at the body top (no leftover spacing).
    const PageGeometry g = pageGeometry(doc::PageSetup{});
    const TextOp* after = textsContaining(d.pages[1], "Après").front();
    EXPECT_GT(after->y, g.bodyTop - 13);
}

TEST(LayoutPaginate, SpacersAreKeptAtChosenPageTopsOnly) {
    const PageGeometry g = pageGeometry(doc::PageSetup{});
    const auto topBaseline = [](const LaidOutDocument& d, size_t page, const std::string& text) {
        return textsContaining(d.pages.at(page), text).at(0)->y;
    };
    const LaidOutDocument plain = layoutDocument(document({paragraph("Titre")}), sharedFonts());
    const double flush = topBaseline(plain, 0, "Titre");
    EXPECT_GT(flush, g.bodyTop - 13);

    // At the start of the document and after a PageBreak, a Spacer is a deliberate gap.
    const LaidOutDocument spaced = layoutDocument(
        document({doc::Spacer{40}, paragraph("Titre"), doc::PageBreak{}, doc::Spacer{25}, paragraph("Suite")}),
        sharedFonts());
    EXPECT_NEAR(topBaseline(spaced, 0, "Titre"), flush - 40, 1e-9);
    EXPECT_NEAR(topBaseline(spaced, 1, "Suite"), flush - 25, 1e-9);

    // Where the previous page simply filled up, the gap is dropped.
    const LaidOutDocument flowing = layoutDocument(
        document({paragraph(hardLines("filler", linesPerPage()), doc::Align::Left), doc::Spacer{30}, paragraph("Après")}),
        sharedFonts());
    ASSERT_EQ(flowing.pages.size(), 2u);
    EXPECT_NEAR(topBaseline(flowing, 1, "Après"), flush, 1e-9);
}

TEST(LayoutPaginate, KeepTogetherMovesTheWholeGroup) {
    const auto build = [](bool keep) {
        doc::Paragraph group = paragraph(repeated("groupe", 200));
        std::vector<doc::Block> blocks{paragraph(hardLines("filler", linesPerPage() - 9), doc::Align::Left)};
        if (keep) {
            auto k = std::make_shared<doc::KeepTogether>();
            k->blocks = {group};
            blocks.push_back(k);
        } else {
            blocks.push_back(group);
        }
        return layoutDocument(document(blocks), sharedFonts());
    };
    const LaidOutDocument loose = build(false), kept = build(true);
    EXPECT_FALSE(textsContaining(loose.pages[0], "groupe").empty());   // control: it would split
    EXPECT_FALSE(textsContaining(loose.pages[1], "groupe").empty());
    EXPECT_TRUE(textsContaining(kept.pages[0], "groupe").empty());
    EXPECT_EQ(textsContaining(kept.pages[1], "groupe").size(), textsContaining(loose.pages[0], "groupe").size() +
                                                                   textsContaining(loose.pages[1], "groupe").size());
}

std::vector<const RectOp*> tinted(const Page& page, doc::Colour colour) {
    std::vector<const RectOp*> out;
    for (const RectOp* r : opsOf<RectOp>(page))
        if (r->fill && *r->fill == colour) out.push_back(r);
    return out;
}

TEST(LayoutPaginate, NoticeShorterThanAPageIsNotSplit) {
    auto notice = std::make_shared<doc::Notice>();
    notice->blocks = {paragraph(repeated("avis", 150))};
    const doc::Document source = document({paragraph(hardLines("filler", linesPerPage() - 4), doc::Align::Left), notice});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    ASSERT_EQ(d.pages.size(), 2u);
    // Control: the same paragraph outside a notice starts on the first page.
    const LaidOutDocument loose = layoutDocument(
        document({paragraph(hardLines("filler", linesPerPage() - 4), doc::Align::Left), notice->blocks.front()}), sharedFonts());
    EXPECT_FALSE(textsContaining(loose.pages[0], "avis").empty());
    EXPECT_TRUE(textsContaining(d.pages[0], "avis").empty());
    EXPECT_FALSE(textsContaining(d.pages[1], "avis").empty());
    // The tint and the accent bar enclose every line of the notice.
    const auto background = tinted(d.pages[1], notice->background);
    ASSERT_FALSE(background.empty());
    double top = -1e9, bottom = 1e9;
    for (const RectOp* r : background) {
        top = std::max(top, r->y + r->h);
        bottom = std::min(bottom, r->y);
    }
    for (const TextOp* t : textsContaining(d.pages[1], "avis")) {
        EXPECT_LT(t->y, top);
        EXPECT_GT(t->y, bottom);
        EXPECT_GT(t->x, background.front()->x);
    }
    EXPECT_FALSE(tinted(d.pages[1], notice->border).empty());
    test::expectWithinMargins(d, source.page);
}

TEST(LayoutPaginate, NoticeLongerThanAPageContinuesInsideTheBox) {
    auto notice = std::make_shared<doc::Notice>();
    for (int k = 0; k < 16; ++k) notice->blocks.push_back(paragraph(repeated("long" + std::to_string(k), 60)));
    const doc::Document source = document({notice});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    ASSERT_EQ(d.pages.size(), 2u);
    for (const Page& page : d.pages) EXPECT_FALSE(tinted(page, notice->background).empty());
    for (int k = 0; k < 16; ++k) EXPECT_GE(pageOf(d, "long" + std::to_string(k)), 0);
    test::expectWithinMargins(d, source.page);
}

TEST(LayoutPaginate, EmptyDocumentHasOnePage) {
    const LaidOutDocument d = layoutDocument(document({}), sharedFonts());
    ASSERT_EQ(d.pages.size(), 1u);
    EXPECT_TRUE(d.pages[0].ops.empty());
}

TEST(LayoutPaginate, LandscapeSwapsThePageSides) {
    doc::Document source = document({paragraph(repeated("paysage", 300))});
    source.page.orientation = doc::Orientation::Landscape;
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    ASSERT_FALSE(d.pages.empty());
    EXPECT_GT(d.pages[0].width, d.pages[0].height);
    test::expectWithinMargins(d, source.page);
}

}  // namespace
}  // namespace fd::layout
