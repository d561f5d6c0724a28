// The per-thread memo of LineBreaker::set (layout/line_memo.h): a hit returns exactly what
// setting the text afresh returns, any change to what the lines depend on is set afresh, and
// the memo stays within its limits.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "layout/error.h"
#include "layout/line_memo.h"
#include "layout/linebreak.h"
#include "layout_test_support.h"

namespace fd::layout {
namespace {

using test::run;
using test::sharedFonts;

// Every field of the lines, doubles written exactly (hexadecimal), so that two dumps are equal
// only when the lines are.
std::string dump(const std::vector<SetLine>& lines) {
    const auto exact = [](double v) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%a", v);
        return std::string(buffer);
    };
    std::string out;
    for (const SetLine& line : lines) {
        out += "line [" + std::to_string(line.begin) + "," + std::to_string(line.end) + ") width " +
               exact(line.width) + "\n";
        for (const TextOp& t : line.texts)
            out += "  text face " + std::to_string(static_cast<int>(t.face)) + " size " + exact(t.size) + " colour " +
                   std::to_string(t.colour) + " at " + exact(t.x) + "," + exact(t.y) + " \"" + t.text + "\" extra " +
                   exact(t.spaceExtra) + " width " + exact(t.width) + " pageOf \"" + t.pageOf + "\" " +
                   exact(t.pageOfAlign) + "\n";
        for (const LinkOp& l : line.links)
            out += "  link " + exact(l.x) + "," + exact(l.y) + " " + exact(l.w) + "x" + exact(l.h) + " \"" + l.uri +
                   "\" " + std::to_string(l.targetPage) + " " + exact(l.targetY) + "\n";
    }
    return out;
}

// One call of LineBreaker::set, every argument of which can be varied.
struct Call {
    const Fonts* fonts = &sharedFonts();
    std::string language = "fr-FR";
    doc::Inlines runs;
    CharFormat format;
    double measure = 220;
    doc::Align align = doc::Align::Justify;

    std::vector<SetLine> set() const {
        LineBreaker breaker(*fonts, language);
        return breaker.set(runs, format, measure, align);
    }
    LineMemoKey key() const { return {fonts->serial(), language, runs, format, measure, align}; }
};

// Plain, bold, italic, coloured, linked and page-number runs, long enough for several lines.
Call mixedParagraph() {
    Call c;
    doc::Run coloured = run(" qui atteste de la présence du stagiaire ");
    coloured.colour = 0xAA0000;
    doc::Run page;
    page.pageOf = "annexe";
    c.runs = {run("Le présent certificat de réalisation, "), run("établi par l’organisme", true),
              run(" de formation", false, true), coloured, run("(voir le registre)", false, false, "https://example.org"),
              run(", page "), page, run(", est délivré conformément à l’article L.\u00A06353-1 du code du travail.")};
    c.format.size = 9;
    c.format.colour = 0x1A1A1A;
    c.format.linkColour = 0x1F4E79;
    return c;
}

LineMemo& memo() { return LineMemo::forThisThread(); }

TEST(LayoutLineMemo, HitReturnsExactlyTheLinesSetAfresh) {
    const Call call = mixedParagraph();
    memo().clear();
    const LineMemo::Stats before = memo().stats();
    const std::vector<SetLine> fresh = call.set();
    EXPECT_EQ(memo().stats().misses, before.misses + 1);

    const std::vector<SetLine> hit = call.set();   // another LineBreaker, same thread
    EXPECT_EQ(memo().stats().hits, before.hits + 1);
    EXPECT_EQ(memo().stats().misses, before.misses + 1);
    const std::string expected = dump(fresh);
    ASSERT_GE(fresh.size(), 3u);
    ASSERT_NE(expected.find("link "), std::string::npos);
    ASSERT_NE(expected.find("pageOf \"annexe\""), std::string::npos);
    EXPECT_EQ(dump(hit), expected);
}

TEST(LayoutLineMemo, LinesFromAHitBelongToTheCaller) {
    const Call call = mixedParagraph();
    memo().clear();
    std::vector<SetLine> first = call.set();
    const std::string original = dump(first);
    first[0].texts[0].text = "changed";   // as layout does when it fills a page number in
    first[0].texts[0].x += 100;
    const size_t hits = memo().stats().hits;
    EXPECT_EQ(dump(call.set()), original);
    EXPECT_EQ(memo().stats().hits, hits + 1);
}

// A variation of one thing the lines depend on.
struct Variation {
    const char* what;
    std::function<void(Call&)> apply;
    bool changesLines;   // false: the same lines, but the memo cannot know it
};

TEST(LayoutLineMemo, AnyChangeToTheKeyIsSetAfreshNeverServedStale) {
    static const Fonts sameFilesOtherObject;
    const std::vector<Variation> variations = {
        {"text", [](Call& c) { c.runs[0].text[3] = 'P'; }, true},
        {"a word of the text", [](Call& c) { c.runs[0].text.replace(3, 7, "premier"); }, true},
        {"run bold", [](Call& c) { c.runs[0].bold = true; }, true},
        {"run italic", [](Call& c) { c.runs[0].italic = true; }, true},
        {"run link", [](Call& c) { c.runs[0].link = "#annexe"; }, true},
        {"run link target", [](Call& c) { c.runs[4].link = "https://example.com"; }, true},
        {"run colour", [](Call& c) { c.runs[3].colour = 0x00AA00; }, true},
        {"run colour removed", [](Call& c) { c.runs[3].colour.reset(); }, true},
        {"run page reference", [](Call& c) { c.runs[6].pageOf = "programme"; }, true},
        {"page reference becomes text", [](Call& c) { c.runs[6].pageOf.clear(); c.runs[6].text = "0000"; }, true},
        {"runs split", [](Call& c) { c.runs.insert(c.runs.begin() + 1, run("")); }, false},
        {"runs added", [](Call& c) { c.runs.push_back(run(" Fin.")); }, true},
        {"format size", [](Call& c) { c.format.size = 9.5; }, true},
        {"format bold", [](Call& c) { c.format.bold = true; }, true},
        {"format italic", [](Call& c) { c.format.italic = true; }, true},
        {"format colour", [](Call& c) { c.format.colour = 0x000000; }, true},
        {"format link colour", [](Call& c) { c.format.linkColour = 0x0000FF; }, true},
        {"measure", [](Call& c) { c.measure = 180; }, true},
        {"measure by one ulp", [](Call& c) { c.measure = std::nextafter(c.measure, 1000.0); }, false},
        {"align", [](Call& c) { c.align = doc::Align::Left; }, true},
        {"align right", [](Call& c) { c.align = doc::Align::Right; }, true},
        {"language", [](Call& c) { c.language = "pt-PT"; }, false},
        {"fonts object", [](Call& c) { c.fonts = &sameFilesOtherObject; }, false},
    };
    const Call base = mixedParagraph();
    const Call copy = base;
    EXPECT_TRUE(LineMemo::sameKey(base.key(), copy.key()));
    for (const Variation& v : variations) {
        SCOPED_TRACE(v.what);
        Call varied = base;
        v.apply(varied);
        // The comparison alone, which the hash may hide: keys that differ in any field differ.
        EXPECT_FALSE(LineMemo::sameKey(base.key(), varied.key()));
        EXPECT_FALSE(LineMemo::sameKey(varied.key(), base.key()));
        memo().clear();
        const std::vector<SetLine> baseLines = base.set();
        const LineMemo::Stats before = memo().stats();
        const std::vector<SetLine> got = varied.set();
        EXPECT_EQ(memo().stats().hits, before.hits) << "served from the memo";
        EXPECT_EQ(memo().stats().misses, before.misses + 1);

        memo().clear();
        EXPECT_EQ(dump(got), dump(varied.set()));
        if (v.changesLines) {
            EXPECT_NE(dump(got), dump(baseLines));
        }
    }
}

// The danger a serial number guards against: a Fonts object made where another was destroyed.
TEST(LayoutLineMemo, FontsMadeAtTheAddressOfDestroyedOnesAreNotConfused) {
    FontFiles dejaVuOnly = FontFiles::debianDefaults();
    for (int s = 0; s < kStyleCount; ++s)
        dejaVuOnly.paths[s] = dejaVuOnly.paths[static_cast<int>(fallbackFace(static_cast<FontStyle>(s)))];
    Call call = mixedParagraph();
    memo().clear();

    std::optional<Fonts> fonts;
    fonts.emplace();
    const Fonts* address = &*fonts;
    call.fonts = address;
    const std::vector<SetLine> liberation = call.set();

    fonts.reset();
    fonts.emplace(dejaVuOnly);
    ASSERT_EQ(&*fonts, address);
    const size_t hits = memo().stats().hits;
    const std::vector<SetLine> dejaVu = call.set();
    EXPECT_EQ(memo().stats().hits, hits);
    EXPECT_NE(dump(dejaVu), dump(liberation));   // DejaVu Sans is wider
    memo().clear();
    EXPECT_EQ(dump(dejaVu), dump(call.set()));
}

TEST(LayoutLineMemo, TextThatCannotBeSetIsNotMemoised) {
    Call call;
    call.runs = doc::plain("valide \xC3 puis tronqué");
    memo().clear();
    const size_t hits = memo().stats().hits;
    for (int attempt = 0; attempt < 2; ++attempt) {
        SCOPED_TRACE(attempt);
        EXPECT_THROW(call.set(), LayoutError);
        EXPECT_EQ(memo().stats().entries, 0u);
        EXPECT_EQ(memo().stats().hits, hits);
    }
}

TEST(LayoutLineMemo, EachThreadHasItsOwnMemo) {
    const Call call = mixedParagraph();
    memo().clear();
    const std::vector<SetLine> here = call.set();
    std::vector<SetLine> there;
    size_t hitsThere = 1, missesThere = 0;
    std::thread other([&] {
        there = call.set();
        hitsThere = memo().stats().hits;
        missesThere = memo().stats().misses;
    });
    other.join();
    EXPECT_EQ(hitsThere, 0u);
    EXPECT_EQ(missesThere, 1u);
    EXPECT_EQ(dump(there), dump(here));
}

TEST(LayoutLineMemo, TheThreadMemoStaysWithinItsLimits) {
    const LineMemo::Limits limits = LineMemo::kDefaultLimits;
    memo().clear();
    const size_t rotations = memo().stats().rotations;
    Call call;
    // Short labels fill the entries first, long paragraphs the bytes.
    for (size_t k = 0; k < 3 * limits.maxEntries; ++k) {
        call.runs = doc::plain("Stagiaire n° " + std::to_string(k));
        call.set();
        ASSERT_LE(memo().stats().entries, limits.maxEntries);
        ASSERT_LE(memo().stats().bytes, limits.maxBytes);
    }
    EXPECT_GE(memo().stats().rotations, rotations + 2);
    const std::string sentence = test::repeated("Attestation de présence à la formation", 40);
    for (size_t k = 0; k < 2 * limits.maxBytes / sentence.size(); ++k) {
        call.runs = doc::plain(sentence + " " + std::to_string(k));
        call.set();
        ASSERT_LE(memo().stats().bytes, limits.maxBytes);
    }
    EXPECT_GE(memo().stats().rotations, rotations + 3);
    // What the memo holds after rotations is still right.
    const std::vector<SetLine> again = call.set();
    memo().clear();
    EXPECT_EQ(dump(again), dump(call.set()));
}

// The policy alone, on small limits: two generations of three entries. What is found again
// moves to the current generation; what was not used for a whole generation is dropped; an
// entry larger than a generation's budget is not kept.
TEST(LayoutLineMemo, RecurringLinesOutliveRotationsAndTheRestIsDropped) {
    LineMemo small({6, 100000});
    const CharFormat format;
    int computed = 0;
    const auto setOne = [&](const std::string& text) {
        const doc::Inlines runs = doc::plain(text);
        return small.lines({1, "fr-FR", runs, format, 100, doc::Align::Left}, [&] {
            ++computed;
            SetLine line;
            line.texts.push_back(TextOp{});
            line.texts.back().text = text;
            return std::vector<SetLine>{line};
        });
    };
    for (const char* text : {"a", "b", "c", "a", "b", "c"}) setOne(text);
    EXPECT_EQ(computed, 3);
    EXPECT_EQ(small.stats().rotations, 0u);

    EXPECT_EQ(setOne("d").front().texts.front().text, "d");   // current {d}, previous {a b c}
    EXPECT_EQ(small.stats().rotations, 1u);
    EXPECT_EQ(small.stats().entries, 4u);
    EXPECT_EQ(setOne("a").front().texts.front().text, "a");   // found: current {d a}, previous {b c}
    EXPECT_EQ(computed, 4);
    setOne("e");                                                // current {d a e}
    setOne("f");                                                // current {f}, previous {d a e}
    EXPECT_EQ(small.stats().rotations, 2u);
    EXPECT_EQ(small.stats().entries, 4u);
    EXPECT_EQ(computed, 6);
    setOne("a");
    EXPECT_EQ(computed, 6) << "a recurring entry was dropped";
    setOne("b");
    EXPECT_EQ(computed, 7) << "an entry unused for a whole generation was kept";
    EXPECT_LE(small.stats().entries, 6u);

    const std::string huge(60000, 'x');
    EXPECT_EQ(setOne(huge).front().texts.front().text, huge);
    setOne(huge);
    EXPECT_EQ(computed, 9);
    EXPECT_LE(small.stats().bytes, 100000u);
}

}  // namespace
}  // namespace fd::layout
