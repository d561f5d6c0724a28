// Line breaking: ICU break opportunities, no-break spaces, greedy fitting, emergency breaks,
// justification, alignment, mixed runs and links.
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "layout/linebreak.h"
#include "layout_test_support.h"

namespace fd::layout {
namespace {

using test::run;
using test::sharedFonts;

constexpr double kExact = 1e-9;
const std::string kNnbsp = "\u202F";   // narrow no-break space
const std::string kNbsp = "\u00A0";    // no-break space

CharFormat body() {
    CharFormat f;
    f.size = 10;
    return f;
}

std::string lineText(const SetLine& line) {
    std::string s;
    for (const TextOp& t : line.texts) s += t.text;
    return s;
}

// Nothing in [begin, end) of the source text may be split across lines.
void expectUnbroken(const std::vector<SetLine>& lines, size_t begin, size_t end, const std::string& what) {
    for (const SetLine& line : lines) {
        const bool startsInside = line.begin > begin && line.begin < end;
        EXPECT_FALSE(startsInside) << what << " split: a line starts at byte " << line.begin;
    }
}

void expectFits(const std::vector<SetLine>& lines, double measure) {
    for (const SetLine& line : lines) {
        EXPECT_LE(line.width, measure + kExact) << lineText(line);
        for (const TextOp& t : line.texts) EXPECT_LE(t.x + t.width, measure + kExact) << t.text;
    }
}

TEST(LayoutLineBreak, FrenchGuillemetsWithNarrowNoBreakSpacesNeverSplit) {
    const std::string text = "Le module «" + kNnbsp + "Prévention des risques" + kNnbsp + "» commence lundi" + kNnbsp +
                             "; le module «" + kNnbsp + "Gestes et postures" + kNnbsp + "» suit.";
    LineBreaker breaker(sharedFonts(), "fr-FR");
    // From the widest glued unit ("«\u202FPrévention") up: below that, only emergency breaks are possible.
    for (double measure = 80; measure <= 400; measure += 1) {
        const auto lines = breaker.set(doc::plain(text), body(), measure, doc::Align::Justify);
        ASSERT_FALSE(lines.empty());
        expectFits(lines, measure);
        for (const std::string& unit : {"«" + kNnbsp + "Prévention", "risques" + kNnbsp + "»", "lundi" + kNnbsp + ";",
                                        "«" + kNnbsp + "Gestes", "postures" + kNnbsp + "»"}) {
            const size_t at = text.find(unit);
            ASSERT_NE(at, std::string::npos);
            expectUnbroken(lines, at, at + unit.size(), unit + " at measure " + std::to_string(measure));
        }
    }
}

TEST(LayoutLineBreak, GuillemetsTypedWithOrdinarySpacesStayWithTheirWords) {
    // Authors type "« mot »" with plain spaces; ICU alone would break after "« " and before " »".
    const std::string text = "Le module « Prévention » puis le module « Gestes et postures » ensuite.";
    LineBreaker breaker(sharedFonts(), "fr-FR");
    for (double measure = 80; measure <= 320; measure += 0.5) {
        for (const SetLine& line : breaker.set(doc::plain(text), body(), measure, doc::Align::Left)) {
            const std::string s = lineText(line);
            EXPECT_NE(s.substr(s.size() >= 2 ? s.size() - 2 : 0), "«") << "measure " << measure;
            EXPECT_NE(s.rfind("»", 0), 0u) << "measure " << measure;
        }
    }
}

TEST(LayoutLineBreak, HoursAndExclamationStayTogether) {
    const std::string unit = "35" + kNbsp + "h" + kNnbsp + "!";
    const std::string text = "La formation dure " + unit + " Elle se déroule sur 5" + kNbsp + "jours consécutifs.";
    const size_t at = text.find(unit);
    LineBreaker breaker(sharedFonts(), "fr-FR");
    int measuresWhereTheUnitStartsALine = 0;
    for (double measure = 40; measure <= 300; measure += 0.5) {
        const auto lines = breaker.set(doc::plain(text), body(), measure, doc::Align::Left);
        expectFits(lines, measure);
        expectUnbroken(lines, at, at + unit.size(), "35 h ! at measure " + std::to_string(measure));
        for (const SetLine& line : lines) measuresWhereTheUnitStartsALine += line.begin == at;
    }
    // The sweep did exercise breaks right before the unit, not only lines holding everything.
    EXPECT_GT(measuresWhereTheUnitStartsALine, 0);
}

TEST(LayoutLineBreak, LongUrlBreaksAtIcuOpportunitiesNotInsideWords) {
    const std::string url =
        "https://www.atelier-competences.fr/formations/prevention-des-risques/inscription?session=2026-03-09";
    const std::string text = "Inscription en ligne : " + url;
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const double measure = 120;
    const auto lines = breaker.set(doc::plain(text), body(), measure, doc::Align::Left);
    ASSERT_GT(lines.size(), 3u);
    expectFits(lines, measure);
    std::string joined;
    for (const SetLine& line : lines) joined += lineText(line) + (text[line.end - 1] == ' ' ? " " : "");
    EXPECT_EQ(joined, text);
    const size_t urlStart = text.find(url);
    for (size_t k = 1; k < lines.size(); ++k) {
        const size_t b = lines[k].begin;
        if (b <= urlStart) continue;
        const unsigned char before = static_cast<unsigned char>(text[b - 1]);
        const unsigned char after = static_cast<unsigned char>(text[b]);
        EXPECT_FALSE(std::isalnum(before) && std::isalnum(after))
            << "URL broken inside a word at \"" << text.substr(b - 5, 10) << "\"";
    }
}

TEST(LayoutLineBreak, WordLongerThanTheLineIsBrokenBetweenGraphemes) {
    const std::string word = "Anticonstitutionnellement";
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const double measure = 40;
    const auto lines = breaker.set(doc::plain(word), body(), measure, doc::Align::Justify);
    ASSERT_GT(lines.size(), 2u);
    expectFits(lines, measure);
    std::string joined;
    for (const SetLine& line : lines) {
        EXPECT_FALSE(line.texts.empty());
        joined += lineText(line);
    }
    EXPECT_EQ(joined, word);
    // Greedy: every line but the last is full enough that its next grapheme would not fit.
    for (size_t k = 0; k + 1 < lines.size(); ++k)
        EXPECT_GT(lines[k].width + breaker.width(word.substr(lines[k + 1].begin, 1), body()), measure);
}

TEST(LayoutLineBreak, CombiningSequencesAreNotSplitByEmergencyBreaks) {
    // "e" + U+0301 COMBINING ACUTE: one grapheme, two code points.
    const std::string decomposed = "re\u0301sume\u0301";
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const auto lines = breaker.set(doc::plain(decomposed), body(), 1, doc::Align::Left);
    std::vector<std::string> graphemes;
    for (const SetLine& line : lines) graphemes.push_back(lineText(line));
    EXPECT_EQ(graphemes, (std::vector<std::string>{"r", "e\u0301", "s", "u", "m", "e\u0301"}));
}

TEST(LayoutLineBreak, JustifiedLinesFillTheMeasureExactlyExceptTheLast) {
    doc::Inlines text{run("La qualité d’une action de formation se juge à ses résultats : "),
                      run("objectifs atteints", true), run(", satisfaction des stagiaires, "),
                      run("insertion professionnelle", false, true),
                      run(" et amélioration continue des pratiques de l’organisme, année après année.")};
    LineBreaker breaker(sharedFonts(), "fr-FR");
    for (double measure : {150.0, 211.3, 300.0, 455.276}) {
        const auto lines = breaker.set(text, body(), measure, doc::Align::Justify);
        ASSERT_GT(lines.size(), 1u);
        for (size_t k = 0; k < lines.size(); ++k) {
            const SetLine& line = lines[k];
            ASSERT_FALSE(line.texts.empty());
            // Ops are contiguous: each starts where the previous ends.
            for (size_t i = 1; i < line.texts.size(); ++i)
                EXPECT_NEAR(line.texts[i].x, line.texts[i - 1].x + line.texts[i - 1].width, kExact);
            const double start = line.texts.front().x;
            const double end = line.texts.back().x + line.texts.back().width;
            EXPECT_NEAR(start, 0, kExact);
            if (k + 1 < lines.size()) {
                EXPECT_NEAR(end, measure, kExact) << "line " << k << " at measure " << measure;
                bool stretched = false;
                for (const TextOp& t : line.texts) stretched |= t.spaceExtra > 0;
                EXPECT_TRUE(stretched);
            } else {
                EXPECT_LT(end, measure);
                for (const TextOp& t : line.texts) EXPECT_EQ(t.spaceExtra, 0);
            }
        }
    }
}

TEST(LayoutLineBreak, SpaceExtraOnlyStretchesOrdinarySpaces) {
    // Two no-break spaces and three ordinary ones on the first line: the width must grow by
    // exactly 3 × spaceExtra over the natural width.
    const std::string text = "Durée 35" + kNbsp + "h soit 5" + kNbsp + "jours pleins et davantage encore pour finir";
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const auto lines = breaker.set(doc::plain(text), body(), 150, doc::Align::Justify);
    ASSERT_GT(lines.size(), 1u);
    const TextOp& first = lines.front().texts.front();
    const int spaces = static_cast<int>(std::count(first.text.begin(), first.text.end(), ' '));
    ASSERT_GT(first.spaceExtra, 0);
    EXPECT_NEAR(first.width, breaker.width(first.text, body()) + spaces * first.spaceExtra, kExact);
}

TEST(LayoutLineBreak, RaggedAlignments) {
    const std::string text = "Une phrase assez longue pour tenir sur plusieurs lignes de texte.";
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const double measure = 120;
    for (doc::Align align : {doc::Align::Left, doc::Align::Right, doc::Align::Center}) {
        for (const SetLine& line : breaker.set(doc::plain(text), body(), measure, align)) {
            const double start = line.texts.front().x;
            const double end = line.texts.back().x + line.texts.back().width;
            EXPECT_EQ(line.texts.front().spaceExtra, 0);
            if (align == doc::Align::Left) {
                EXPECT_NEAR(start, 0, kExact);
            } else if (align == doc::Align::Right) {
                EXPECT_NEAR(end, measure, kExact);
            } else {
                EXPECT_NEAR(start, measure - end, kExact);
            }
        }
    }
}

TEST(LayoutLineBreak, HardBreaksEndLinesAndAreNotJustified) {
    LineBreaker breaker(sharedFonts(), "en-GB");
    const auto lines = breaker.set(doc::plain("First line\nSecond line that is a bit longer\nThird"), body(), 400,
                                   doc::Align::Justify);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lineText(lines[0]), "First line");
    EXPECT_EQ(lineText(lines[1]), "Second line that is a bit longer");
    for (const SetLine& line : lines) EXPECT_EQ(line.texts.front().spaceExtra, 0);
}

TEST(LayoutLineBreak, RunsSplitIntoSingleFaceOpsAndLinksCoverTheirText) {
    doc::Inlines text{run("Voir "), run("le site", true), run(" et "),
                      run("la page des inscriptions", false, true, "https://example.org/inscription"), run(".")};
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const auto lines = breaker.set(text, body(), 500, doc::Align::Left);
    ASSERT_EQ(lines.size(), 1u);
    const SetLine& line = lines.front();
    ASSERT_EQ(line.texts.size(), 5u);
    EXPECT_EQ(line.texts[1].face, Face::Bold);
    EXPECT_EQ(line.texts[3].face, Face::Italic);
    EXPECT_EQ(line.texts[3].text, "la page des inscriptions");
    ASSERT_EQ(line.links.size(), 1u);
    EXPECT_EQ(line.links[0].uri, "https://example.org/inscription");
    EXPECT_NEAR(line.links[0].x, line.texts[3].x, kExact);
    EXPECT_NEAR(line.links[0].w, line.texts[3].width, kExact);
    EXPECT_LT(line.links[0].y, 0);   // covers the descenders
    EXPECT_GT(line.links[0].y + line.links[0].h, 0);
}

TEST(LayoutLineBreak, LinkBrokenAcrossLinesGetsOneAreaPerLine) {
    doc::Inlines text{run("Consultez "), run("le règlement intérieur complet de l’organisme", false, false, "#reglement")};
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const auto lines = breaker.set(text, body(), 110, doc::Align::Left);
    ASSERT_GT(lines.size(), 1u);
    size_t areas = 0;
    for (const SetLine& line : lines) {
        areas += line.links.size();
        for (const LinkOp& l : line.links) EXPECT_EQ(l.uri, "#reglement");
    }
    EXPECT_EQ(areas, lines.size());
}

TEST(LayoutLineBreak, EllipsizeKeepsWholeGraphemes) {
    LineBreaker breaker(sharedFonts(), "fr-FR");
    const std::string text = "Atelier Compétences Rhône — formation professionnelle continue";
    EXPECT_EQ(breaker.ellipsize(text, body(), 1000), text);
    const std::string cut = breaker.ellipsize(text, body(), 100);
    EXPECT_LE(breaker.width(cut, body()), 100 + kExact);
    ASSERT_GE(cut.size(), 3u);
    EXPECT_EQ(cut.substr(cut.size() - 3), "…");
    EXPECT_EQ(text.compare(0, cut.size() - 3, cut, 0, cut.size() - 3), 0);
}

}  // namespace
}  // namespace fd::layout
