// Page references (doc::Run::pageOf): the layout reserves room for the number in the first pass
// and prints the page the anchor landed on after pagination, as an index needs (FR-CAT-01: the
// catalogue's index of courses by reference).
#include <gtest/gtest.h>

#include "layout_test_support.h"

namespace fd::layout {
namespace {

using test::document;
using test::heading;
using test::opsOf;
using test::paragraph;
using test::sharedFonts;

doc::Run pageOf(const std::string& anchor) {
    doc::Run r;
    r.pageOf = anchor;
    return r;
}

// An index row: label | page number, right-aligned in its column.
doc::Table indexOf(const std::vector<std::pair<std::string, std::string>>& entries) {
    doc::Table table;
    doc::Column label, page;
    label.header = doc::plain("Formation");
    label.weight = 6;
    page.header = doc::plain("Page");
    page.align = doc::Align::Right;
    table.columns = {label, page};
    for (const auto& [text, anchor] : entries) table.rows.push_back({doc::plain(text), {pageOf(anchor)}});
    return table;
}

// The text ops of `page` whose text is exactly `text`.
std::vector<const TextOp*> textsEqualTo(const Page& page, const std::string& text) {
    std::vector<const TextOp*> out;
    for (const TextOp* t : opsOf<TextOp>(page))
        if (t->text == text) out.push_back(t);
    return out;
}

TEST(LayoutPageRef, PrintsThePageWhereTheAnchorLanded) {
    std::vector<doc::Block> blocks{indexOf({{"Alpha", "alpha"}, {"Omega", "omega"}})};
    blocks.emplace_back(doc::PageBreak{});
    blocks.push_back(heading(1, "Alpha", "alpha"));
    for (int p = 0; p < 11; ++p) {   // Omega lands on page 14: two digits
        blocks.emplace_back(doc::PageBreak{});
        blocks.push_back(paragraph("Suite"));
    }
    blocks.emplace_back(doc::PageBreak{});
    blocks.push_back(heading(1, "Omega", "omega"));
    const LaidOutDocument d = layoutDocument(document(blocks), sharedFonts());
    ASSERT_EQ(d.pages.size(), 14u);
    EXPECT_EQ(textsEqualTo(d.pages[0], "2").size(), 1u);
    EXPECT_EQ(textsEqualTo(d.pages[0], "14").size(), 1u);
    for (const TextOp* t : opsOf<TextOp>(d.pages[0])) {
        EXPECT_TRUE(t->pageOf.empty()) << "unresolved page reference left for the writer";
        EXPECT_EQ(t->text.find("0000"), std::string::npos) << "placeholder printed";
    }
}

TEST(LayoutPageRef, RightAlignedNumbersEndFlushWithTheColumn) {
    std::vector<doc::Block> blocks{indexOf({{"Court", "short"}, {"Long", "long"}})};
    blocks.emplace_back(doc::PageBreak{});
    blocks.push_back(heading(1, "Court", "short"));
    for (int p = 0; p < 9; ++p) {
        blocks.emplace_back(doc::PageBreak{});
        blocks.push_back(paragraph("Suite"));
    }
    blocks.push_back(heading(1, "Long", "long"));   // page 11
    const LaidOutDocument d = layoutDocument(document(blocks), sharedFonts());
    const auto one = textsEqualTo(d.pages[0], "2"), two = textsEqualTo(d.pages[0], "11");
    ASSERT_EQ(one.size(), 1u);
    ASSERT_EQ(two.size(), 1u);
    // Both end at the cell's right edge, whatever their number of digits.
    EXPECT_NEAR(one[0]->x + one[0]->width, two[0]->x + two[0]->width, 0.01);
    EXPECT_GT(one[0]->x, two[0]->x);
}

TEST(LayoutPageRef, LinkedNumberPointsAtTheSamePage) {
    doc::Run number = pageOf("annexe");
    number.link = "#annexe";
    doc::Paragraph p;
    p.text = {test::run("Voir page "), number};
    const LaidOutDocument d = layoutDocument(
        document({p, doc::PageBreak{}, paragraph("Milieu"), doc::PageBreak{}, heading(1, "Annexe", "annexe")}),
        sharedFonts());
    ASSERT_EQ(textsEqualTo(d.pages[0], "3").size(), 1u);
    const auto links = opsOf<LinkOp>(d.pages[0]);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0]->targetPage, 2);
}

TEST(LayoutPageRef, UnknownAnchorIsALayoutError) {
    doc::Paragraph p;
    p.text = {test::run("Voir page "), pageOf("nulle-part")};
    try {
        layoutDocument(document({p}), sharedFonts());
        FAIL() << "page reference to an unknown anchor accepted";
    } catch (const LayoutError& e) {
        EXPECT_EQ(e.key(), "layout.anchor_unknown");
        EXPECT_EQ(e.args().at("anchor"), "nulle-part");
    }
}

}  // namespace
}  // namespace fd::layout
