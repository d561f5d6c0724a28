// Font tables and per-code-point face selection: primary face, fallback face, or LayoutError.
#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "layout/fonts.h"
#include "layout/linebreak.h"
#include "layout_test_support.h"

namespace fd::layout {
namespace {

using test::sharedFonts;

TEST(LayoutFonts, LoadsMetricsInFontUnits) {
    const Fonts& fonts = sharedFonts();
    for (int f = 0; f < kFaceCount; ++f) {
        const auto face = static_cast<Face>(f);
        EXPECT_GT(fonts.unitsPerEm(face), 0);
        EXPECT_GT(fonts.ascender(face), 0);
        EXPECT_LT(fonts.descender(face), 0);
        EXPECT_TRUE(fonts.hasGlyph(face, 'A'));
        EXPECT_GT(fonts.advance(face, 'M'), fonts.advance(face, 'i'));
    }
    // Bold text is wider than regular text.
    int regular = 0, bold = 0;
    for (char32_t c = 'a'; c <= 'z'; ++c) {
        regular += fonts.advance(Face::Regular, c);
        bold += fonts.advance(Face::Bold, c);
    }
    EXPECT_GT(bold, regular);
    // Liberation Sans is metric-compatible with Arial: digits share one advance (tabular).
    for (char32_t d = '1'; d <= '9'; ++d) EXPECT_EQ(fonts.advance(Face::Regular, d), fonts.advance(Face::Regular, '0'));
}

TEST(LayoutFonts, GreekAndCyrillicComeFromLiberation) {
    const Fonts& fonts = sharedFonts();
    for (char32_t cp : {U'α', U'Ω', U'Ж', U'я'}) {
        const StyledGlyph g = fonts.glyph(FontStyle::Regular, cp);
        EXPECT_TRUE(g.found);
        EXPECT_EQ(g.face, Face::Regular) << static_cast<unsigned>(cp);
    }
}

TEST(LayoutFonts, GlyphsLiberationLacksComeFromDejaVuInTheSameStyle) {
    const Fonts& fonts = sharedFonts();
    // Armenian, a check mark and the non-breaking hyphen are not in Liberation Sans.
    for (char32_t cp : {U'\u0531', U'\u2713', U'\u2011'}) {
        ASSERT_FALSE(fonts.hasGlyph(Face::Regular, cp));
        EXPECT_EQ(fonts.glyph(FontStyle::Regular, cp).face, Face::FallbackRegular);
        EXPECT_EQ(fonts.glyph(FontStyle::Bold, cp).face, Face::FallbackBold);
        EXPECT_EQ(fonts.glyph(FontStyle::Italic, cp).face, Face::FallbackItalic);
        EXPECT_EQ(fonts.glyph(FontStyle::BoldItalic, cp).face, Face::FallbackBoldItalic);
    }
    // Outside the BMP too: U+1F600 is in DejaVu Sans.
    EXPECT_EQ(fonts.glyph(FontStyle::Regular, U'\U0001F600').face, Face::FallbackRegular);
}

TEST(LayoutFonts, MixedTextIsSplitIntoSingleFaceOps) {
    LineBreaker breaker(sharedFonts(), "en-GB");
    CharFormat bold;
    bold.bold = true;
    const SetLine line = breaker.setLine("Done \u2713 ok", bold);
    ASSERT_EQ(line.texts.size(), 3u);
    EXPECT_EQ(line.texts[0].text, "Done ");
    EXPECT_EQ(line.texts[0].face, Face::Bold);
    EXPECT_EQ(line.texts[1].text, "\u2713");
    EXPECT_EQ(line.texts[1].face, Face::FallbackBold);
    EXPECT_EQ(line.texts[2].face, Face::Bold);
}

void expectMissing(const std::string& text, const std::string& codepoint) {
    LineBreaker breaker(sharedFonts(), "fr-FR");
    try {
        breaker.set(doc::plain(text), CharFormat{}, 400, doc::Align::Left);
        FAIL() << "no LayoutError for " << codepoint;
    } catch (const LayoutError& e) {
        EXPECT_EQ(e.key(), "layout.glyph_missing");
        EXPECT_EQ(e.args().at("codepoint"), codepoint);
        EXPECT_EQ(e.args().at("text"), text);
        EXPECT_NE(std::string(e.what()).find(codepoint), std::string::npos);
    }
}

TEST(LayoutFonts, CodePointInNoFaceIsALayoutErrorNotABlankBox) {
    expectMissing("Formation en chinois : \u4E2D\u6587", "U+4E2D");
    expectMissing("Lancement \U0001F680 demain", "U+1F680");
}

TEST(LayoutFonts, InvalidUtf8IsALayoutError) {
    LineBreaker breaker(sharedFonts(), "fr-FR");
    try {
        breaker.set(doc::plain("caf\xE9 au lait"), CharFormat{}, 400, doc::Align::Left);
        FAIL() << "invalid UTF-8 accepted";
    } catch (const LayoutError& e) {
        EXPECT_EQ(e.key(), "layout.invalid_utf8");
    }
}

TEST(LayoutFonts, FormatCharactersNeedNoGlyphAndAreNotDrawn) {
    LineBreaker breaker(sharedFonts(), "fr-FR");
    // U+2060 WORD JOINER and U+FEFF are in no Liberation face; they must not throw nor be drawn.
    const SetLine line = breaker.setLine("ab\u2060cd\uFEFF", CharFormat{});
    ASSERT_EQ(line.texts.size(), 1u);
    EXPECT_EQ(line.texts[0].text, "abcd");
}

TEST(LayoutFonts, UnreadableFontFileIsALayoutError) {
    FontFiles files = FontFiles::debianDefaults();
    files.paths[static_cast<int>(Face::BoldItalic)] = "/nonexistent/font.ttf";
    try {
        Fonts fonts(files);
        FAIL() << "loaded a missing font";
    } catch (const LayoutError& e) {
        EXPECT_EQ(e.key(), "layout.font_unreadable");
        EXPECT_EQ(e.args().at("path"), "/nonexistent/font.ttf");
    }
}

TEST(LayoutFonts, OneFontsObjectServesSeveralThreads) {
    const Fonts& fonts = sharedFonts();
    const doc::Document d = test::document({test::paragraph(test::repeated("Prévention des risques", 200))});
    const LaidOutDocument reference = layoutDocument(d, fonts);
    std::vector<LaidOutDocument> results(4);
    std::vector<std::thread> threads;
    for (auto& r : results) threads.emplace_back([&] { r = layoutDocument(d, fonts); });
    for (auto& t : threads) t.join();
    for (const auto& r : results) {
        ASSERT_EQ(r.pages.size(), reference.pages.size());
        ASSERT_EQ(r.pages[0].ops.size(), reference.pages[0].ops.size());
        const auto a = test::opsOf<TextOp>(r.pages[0]), b = test::opsOf<TextOp>(reference.pages[0]);
        for (size_t k = 0; k < a.size(); ++k) {
            EXPECT_EQ(a[k]->text, b[k]->text);
            EXPECT_EQ(a[k]->x, b[k]->x);
            EXPECT_EQ(a[k]->y, b[k]->y);
        }
    }
}

}  // namespace
}  // namespace fd::layout
