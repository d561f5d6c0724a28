// The text repairs of LHEO import: doubly encoded UTF-8, HTML fragments, whitespace and
// paragraphs, placeholders; and the ids made from LHEO numbers and titles.
#include <gtest/gtest.h>

#include "lheo/element_reader.h"
#include "lheo/html_text.h"
#include "lheo/identifiers.h"
#include "lheo/mojibake.h"
#include "lheo/paragraphs.h"
#include "lheo/text_cleaner.h"

namespace fd::lheo {
namespace {

TEST(LheoMojibakeTest, RepairsDoublyEncodedUtf8) {
    EXPECT_EQ(repairDoubleEncoding("photos d'identitÃ©"), "photos d'identité");
    EXPECT_EQ(repairDoubleEncoding("MaÃ®triser les Ã©clairages"), "Maîtriser les éclairages");
    // Read as Windows-1252: the second byte of "œ" (0x93) became a left double quotation mark.
    EXPECT_EQ(repairDoubleEncoding("mise en Å\u201Cuvre"), "mise en œuvre");
    // Read as ISO-8859-1: the second byte of "É" (0x89) became the C1 control U+0089.
    EXPECT_EQ(repairDoubleEncoding("QUIMPERL\u00C3\u0089"), "QUIMPERLÉ");
    // Encoded three times.
    EXPECT_EQ(repairDoubleEncoding("identit\u00C3\u0083\u00C2\u00A9"), "identité");
}

TEST(LheoMojibakeTest, LeavesCorrectTextAlone) {
    EXPECT_FALSE(repairDoubleEncoding("photos d'identité"));
    EXPECT_FALSE(repairDoubleEncoding("QUIMPERLÉ"));
    EXPECT_FALSE(repairDoubleEncoding("plain ASCII text"));
    EXPECT_FALSE(repairDoubleEncoding(""));
    // Characters outside Windows-1252 cannot come from a misread byte.
    EXPECT_FALSE(repairDoubleEncoding("Ã© → ok"));
    // A text mixing right and damaged letters is not doubly encoded as a whole.
    EXPECT_FALSE(repairDoubleEncoding("éléments et identitÃ©"));
}

TEST(LheoHtmlTest, BlockTagsBecomeParagraphsAndInlineTagsVanish) {
    const std::string html = "<p><b>Les objectifs :</b><br /><p>Ce BTS forme\ndes managers.</p></p><ul><li>Un</li><li>Deux</li></ul>";
    EXPECT_TRUE(containsMarkup(html));
    EXPECT_EQ(toParagraphs(markupToPlainText(html)), "Les objectifs :\nCe BTS forme des managers.\nUn\nDeux");
}

TEST(LheoHtmlTest, DecodesCharacterReferencesAndKeepsUnknownOnes) {
    EXPECT_EQ(markupToPlainText("mettre en &oelig;uvre &eacute;t&#233; &#xE9;t&#XE9; &amp; 20&nbsp;%"),
              "mettre en œuvre été été & 20\u00A0%");
    EXPECT_EQ(markupToPlainText("&inconnu; &#; &#xZZ; & seul"), "&inconnu; &#; &#xZZ; & seul");
    // Without tags, line breaks are the text's own.
    EXPECT_EQ(markupToPlainText("1. Un &eacute;l&eacute;ment\n- d&eacute;tail"), "1. Un élément\n- détail");
}

TEST(LheoHtmlTest, TextThatOnlyLooksLikeMarkupIsNotTouched) {
    for (const char* text : {"âge < 26 ans", "a <nom> b", "R&D", "x < y > z", "AT&T;"})
        EXPECT_FALSE(containsMarkup(text)) << text;
}

TEST(LheoParagraphsTest, WrappedLinesJoinAndSentencesOrListItemsBreak) {
    EXPECT_EQ(toParagraphs("\r\n  Effectuer des travaux (photos d'identité,\r\n\t travaux de reportage).\r\n"
                           "  Choisir une mise\tune  scène.  \r\n"),
              "Effectuer des travaux (photos d'identité, travaux de reportage).\nChoisir une mise une scène.");
    EXPECT_EQ(toParagraphs("Capacités :\n1. Accueillir\n- Informer\n- Conduire un\nentretien"),
              "Capacités :\n1. Accueillir\n- Informer\n- Conduire un entretien");
    EXPECT_EQ(toParagraphs("Premier\n\n\nSecond"), "Premier\nSecond");
    EXPECT_EQ(toParagraphs(" \t\n "), "");
}

TEST(LheoParagraphsTest, SplitsAndRemovesBullets) {
    EXPECT_EQ(splitParagraphs("a\nb\n\nc"), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(withoutBullet("- entretien"), "entretien");
    EXPECT_EQ(withoutBullet("• CV"), "CV");
    EXPECT_EQ(withoutBullet("1. Accueillir"), "1. Accueillir");
}

TEST(LheoCleanTextTest, RepairsInOrderAndSaysWhatItDid) {
    const CleanText mojibake = cleanText("\n      Effectuer des prises de vue (photos d'identitÃ©,\n      travaux).\n");
    EXPECT_EQ(mojibake.text, "Effectuer des prises de vue (photos d'identité, travaux).");
    ASSERT_TRUE(mojibake.mojibake);
    EXPECT_EQ(mojibake.mojibake->before, "d'identitÃ©,");
    EXPECT_EQ(mojibake.mojibake->after, "d'identité,");
    EXPECT_FALSE(mojibake.markup);

    const CleanText html = cleanText("<p>A</p><p>B &eacute;</p>");
    EXPECT_EQ(html.text, "A\nB é");
    EXPECT_TRUE(html.markup);
    EXPECT_FALSE(html.mojibake);

    const CleanText placeholder = cleanText(" - ");
    EXPECT_EQ(placeholder.text, "");
    EXPECT_TRUE(placeholder.placeholder);
    EXPECT_FALSE(cleanText("-5 %").placeholder);
}

TEST(LheoIdentifiersTest, SanitisesToTheIdAlphabet) {
    EXPECT_EQ(sanitiseId("9436_18706"), "9436_18706");
    EXPECT_EQ(sanitiseId("AB 12/é"), "AB-12-e");
    EXPECT_EQ(sanitiseId("  Œuvre d'art  "), "OEuvre-d-art");
    EXPECT_EQ(sanitiseId("Titre professionnel conseiller(ère) en insertion professionnelle"),
              "Titre-professionnel-conseiller-ere-en-insertion");
    EXPECT_EQ(sanitiseId("***"), "");
    EXPECT_LE(sanitiseId(std::string(200, 'x')).size(), 48u);
}

TEST(LheoIdentifiersTest, AllocatorAvoidsTakenIds) {
    IdAllocator ids({"A", "A-2"});
    EXPECT_EQ(ids.claim("A"), "A-3");
    EXPECT_EQ(ids.claim("B"), "B");
    EXPECT_EQ(ids.claim("B"), "B-2");
}

TEST(LheoDatesTest, LheoDatesAndTimestamps) {
    EXPECT_EQ(parseLheoDate("20150901"), (Date{2015, 9, 1}));
    for (const char* unknown : {"00000000", "99999999", "20250900", "20250000", "2025", "2025-09-01", "20250231"})
        EXPECT_FALSE(parseLheoDate(unknown)) << unknown;
    EXPECT_EQ(parseTimestampDate("2024-05-02T10:00:00+02:00"), (Date{2024, 5, 2}));
    EXPECT_EQ(parseTimestampDate("2024-05-02"), (Date{2024, 5, 2}));
    EXPECT_EQ(parseTimestampDate("20240502"), (Date{2024, 5, 2}));
    EXPECT_FALSE(parseTimestampDate(""));
}

}  // namespace
}  // namespace fd::lheo
