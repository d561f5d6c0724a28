// Whole documents: table of contents (two passes), bookmarks, internal links, running header
// and footer, faces used, margins.
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "layout_test_support.h"

namespace fd::layout {
namespace {

using test::document;
using test::heading;
using test::opsOf;
using test::paragraph;
using test::repeated;
using test::run;
using test::sharedFonts;
using test::textsContaining;

bool isNumber(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

struct TocEntry {
    const TextOp* title = nullptr;
    const TextOp* number = nullptr;
    const LinkOp* link = nullptr;
};

bool inside(const TextOp& t, const LinkOp& l) {
    return l.x - 1e-6 <= t.x && t.x + t.width <= l.x + l.w + 1e-6 && l.y <= t.y && t.y <= l.y + l.h;
}

// The TOC entry of a heading: the link area pointing at it, the first line of its title and
// the page number printed at the right margin inside that area.
TocEntry findEntry(const LaidOutDocument& d, const Bookmark& b, double rightMargin) {
    TocEntry e;
    for (const Page& page : d.pages) {
        for (const LinkOp* l : opsOf<LinkOp>(page)) {
            if (l->targetPage != b.page || l->targetY != b.y) continue;
            EXPECT_EQ(e.link, nullptr) << "two TOC entries for " << b.title;
            e.link = l;
            for (const TextOp* t : opsOf<TextOp>(page)) {
                if (!inside(*t, *l)) continue;
                if (isNumber(t->text) && std::abs(t->x + t->width - rightMargin) < 1e-6) e.number = t;
                if (t->x == l->x && b.title.compare(0, t->text.size(), t->text) == 0) e.title = t;
            }
        }
    }
    return e;
}

void expectTocMatchesHeadings(const doc::Document& source, int maxLevel, int minTocPages) {
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const PageGeometry g = pageGeometry(source.page);
    ASSERT_FALSE(d.bookmarks.empty());
    EXPECT_GE(d.bookmarks.front().page + 1, minTocPages);
    int listed = 0;
    for (const Bookmark& b : d.bookmarks) {
        const TocEntry e = findEntry(d, b, g.right);
        if (b.level > maxLevel) {
            EXPECT_EQ(e.link, nullptr) << b.title << " is below maxLevel";
            continue;
        }
        ++listed;
        ASSERT_NE(e.link, nullptr) << b.title;
        ASSERT_NE(e.title, nullptr) << b.title;
        ASSERT_NE(e.number, nullptr) << b.title;
        EXPECT_EQ(std::stoi(e.number->text), b.page + 1) << b.title;
        // The heading really is on that page, just below the destination. (Long titles wrap
        // differently as headings and as entries: compare the words before " — ".)
        const std::string start = b.title.substr(0, b.title.find(" — "));
        const TextOp* found = nullptr;
        for (const TextOp* t : opsOf<TextOp>(d.pages[static_cast<size_t>(b.page)]))
            if (t->text == start || t->text.rfind(start + " ", 0) == 0) found = t;
        ASSERT_NE(found, nullptr) << b.title;
        EXPECT_LT(found->y, b.y);
        EXPECT_GT(found->y, b.y - 45);
    }
    EXPECT_GT(listed, 0);
    test::expectWithinMargins(d, source.page);
}

TEST(LayoutDocument, TocPageNumbersMatchTheHeadingsPages) {
    std::vector<doc::Block> blocks;
    doc::Toc toc;
    toc.title = doc::plain("Sommaire");
    toc.maxLevel = 2;
    blocks.push_back(toc);
    for (int c = 1; c <= 8; ++c) {
        blocks.push_back(heading(1, "Chapitre " + std::to_string(c)));
        blocks.push_back(paragraph(repeated("texte", 40 * c)));
        blocks.push_back(heading(2, "Section " + std::to_string(c) + ".1"));
        blocks.push_back(paragraph(repeated("suite", 150)));
        blocks.push_back(heading(3, "Détail " + std::to_string(c)));
        blocks.push_back(paragraph(repeated("détail", 30)));
    }
    expectTocMatchesHeadings(document(blocks), 2, 1);
}

TEST(LayoutDocument, TocSpanningSeveralPagesStillMatches) {
    // 90 entries push the TOC over two pages, which shifts every heading: the reserved height
    // from the first pass must be exact for the numbers to hold.
    std::vector<doc::Block> blocks;
    doc::Toc toc;
    toc.title = doc::plain("Table des matières");
    toc.maxLevel = 1;
    blocks.push_back(toc);
    for (int c = 1; c <= 90; ++c) {
        // Some titles wrap over two TOC lines.
        blocks.push_back(heading(1, "Formation " + std::to_string(c) + (c % 7 == 0 ? " — " + repeated("intitulé", 12) : "")));
        blocks.push_back(paragraph(repeated("programme", 60 + (c % 5) * 30)));
    }
    expectTocMatchesHeadings(document(blocks), 1, 3);
}

TEST(LayoutDocument, HeadingsBecomeNestedBookmarksUnlessExcluded) {
    doc::Heading hidden = heading(2, "Annexe technique");
    hidden.bookmark = false;
    const LaidOutDocument d = layoutDocument(
        document({heading(1, "Programme"), heading(2, "Objectifs"), hidden, heading(3, "Détails")}), sharedFonts());
    ASSERT_EQ(d.bookmarks.size(), 3u);
    EXPECT_EQ(d.bookmarks[0].title, "Programme");
    EXPECT_EQ(d.bookmarks[0].level, 1);
    EXPECT_EQ(d.bookmarks[1].level, 2);
    EXPECT_EQ(d.bookmarks[2].title, "Détails");
    EXPECT_GT(d.bookmarks[0].y, d.bookmarks[1].y);
}

TEST(LayoutDocument, InternalLinksResolveToTheAnchorsPage) {
    doc::Paragraph intro;
    intro.text = {run("Voir "), run("l’annexe", false, false, "#annexe"), run(" et "),
                  run("le site", false, false, "https://example.org/")};
    const LaidOutDocument d = layoutDocument(
        document({intro, doc::PageBreak{}, paragraph("Milieu"), doc::PageBreak{}, heading(1, "Annexe", "annexe")}),
        sharedFonts());
    ASSERT_EQ(d.pages.size(), 3u);
    const auto links = opsOf<LinkOp>(d.pages[0]);
    ASSERT_EQ(links.size(), 2u);
    EXPECT_TRUE(links[0]->uri.empty());
    EXPECT_EQ(links[0]->targetPage, 2);
    EXPECT_EQ(links[0]->targetY, d.bookmarks.at(0).y);
    EXPECT_EQ(links[1]->uri, "https://example.org/");
    EXPECT_EQ(links[1]->targetPage, -1);
}

TEST(LayoutDocument, LinkToAnUnknownAnchorIsALayoutError) {
    doc::Paragraph p;
    p.text = {run("Voir "), run("ailleurs", false, false, "#nulle-part")};
    try {
        layoutDocument(document({p}), sharedFonts());
        FAIL() << "dangling internal link accepted";
    } catch (const LayoutError& e) {
        EXPECT_EQ(e.key(), "layout.anchor_unknown");
        EXPECT_EQ(e.args().at("anchor"), "nulle-part");
    }
}

doc::Document withFurniture(bool onFirstPage) {
    doc::Document d = document({paragraph(repeated("contenu", 2500))});   // more than three pages
    d.header.left = "Atelier Compétences Rhône";
    d.header.right = "Programme de formation";
    d.header.onFirstPage = onFirstPage;
    d.footer.left = "PRV-01";
    d.footer.center = "Version du 21/11/2026";
    d.footer.pageLabel = [](int page, int pages) { return "Page " + std::to_string(page) + " sur " + std::to_string(pages); };
    return d;
}

TEST(LayoutDocument, FooterCarriesPageXOfYAfterPagination) {
    const doc::Document source = withFurniture(true);
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const PageGeometry g = pageGeometry(source.page);
    const int pages = static_cast<int>(d.pages.size());
    ASSERT_GE(pages, 3);
    for (int p = 0; p < pages; ++p) {
        const Page& page = d.pages[static_cast<size_t>(p)];
        const std::string label = "Page " + std::to_string(p + 1) + " sur " + std::to_string(pages);
        const auto found = textsContaining(page, label);
        ASSERT_EQ(found.size(), 1u) << label;
        EXPECT_NEAR(found[0]->x + found[0]->width, g.right, 1e-6);   // right-aligned
        EXPECT_LT(found[0]->y, g.bodyBottom);                        // in the footer zone
        EXPECT_EQ(textsContaining(page, "PRV-01").size(), 1u);
        EXPECT_EQ(textsContaining(page, "Version du").size(), 1u);
        const auto title = textsContaining(page, "Programme de formation");
        ASSERT_EQ(title.size(), 1u);
        EXPECT_GT(title[0]->y, g.bodyTop);                           // in the header zone
    }
    test::expectWithinMargins(d, source.page);
}

TEST(LayoutDocument, HeaderCanSkipTheFirstPage) {
    const LaidOutDocument d = layoutDocument(withFurniture(false), sharedFonts());
    ASSERT_GE(d.pages.size(), 2u);
    EXPECT_TRUE(textsContaining(d.pages[0], "Atelier Compétences").empty());
    EXPECT_EQ(textsContaining(d.pages[1], "Atelier Compétences").size(), 1u);
}

TEST(LayoutDocument, LongHeaderTextsAreShortenedNotOverlapping) {
    doc::Document source = withFurniture(true);
    source.header.left = repeated("Organisme", 20);
    source.header.right = repeated("Titre", 30);
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const PageGeometry g = pageGeometry(source.page);
    const TextOp* left = textsContaining(d.pages[0], "Organisme").at(0);
    const TextOp* right = textsContaining(d.pages[0], "Titre").at(0);
    EXPECT_LT(left->x + left->width, right->x);
    EXPECT_LE(right->x + right->width, g.right + 1e-6);
    EXPECT_NE(right->text.find("…"), std::string::npos);
}

TEST(LayoutDocument, FacesUsedAreRecorded) {
    doc::Paragraph p;
    p.text = {run("Normal, "), run("gras", true), run(" et \u2713")};
    const LaidOutDocument d = layoutDocument(document({p}), sharedFonts());
    EXPECT_TRUE(d.faceUsed[static_cast<int>(Face::Regular)]);
    EXPECT_TRUE(d.faceUsed[static_cast<int>(Face::Bold)]);
    EXPECT_TRUE(d.faceUsed[static_cast<int>(Face::FallbackRegular)]);
    EXPECT_FALSE(d.faceUsed[static_cast<int>(Face::Italic)]);
    EXPECT_FALSE(d.faceUsed[static_cast<int>(Face::FallbackBold)]);
}

TEST(LayoutDocument, MetadataIsCarriedThrough) {
    doc::Document source = document({paragraph("x")}, "pt-PT");
    source.metadata.title = "Certificado de formação";
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    EXPECT_EQ(d.metadata.title, "Certificado de formação");
    EXPECT_EQ(d.metadata.language, "pt-PT");
}

}  // namespace
}  // namespace fd::layout
