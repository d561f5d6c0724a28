// Collation: ICU tertiary order for French and Portuguese word lists, through compare() and
// through sort keys, against the plain byte order that would put "Ça va" and "Été" last.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "i18n/i18n.h"

namespace fd::i18n {
namespace {

std::vector<std::string> sortedByCompare(const Formatter& f, std::vector<std::string> words) {
    std::sort(words.begin(), words.end(), [&](const std::string& a, const std::string& b) { return f.compare(a, b) < 0; });
    return words;
}

std::vector<std::string> sortedByKey(const Formatter& f, std::vector<std::string> words) {
    std::sort(words.begin(), words.end(), [&](const std::string& a, const std::string& b) { return f.sortKey(a) < f.sortKey(b); });
    return words;
}

// Reversed, so that a no-op sort cannot pass.
std::vector<std::string> reversed(std::vector<std::string> words) {
    std::reverse(words.begin(), words.end());
    return words;
}

TEST(I18nCollation, FrenchOrder) {
    // fr_FR has no backwards accent ordering (only fr_CA): cote < coté < côte < côté.
    // Accents outrank case (Ecole < école < Économie), lower case comes first (oeuvre < Œuvre).
    const std::vector<std::string> expected = {"Ça va", "cote", "coté", "côte", "côté", "eau", "Ecole", "école",
                                               "Économie", "élève", "ete", "Été", "oeuvre", "Œuvre", "Ordinateur", "Zèbre"};
    std::vector<std::string> byteOrder = expected;
    std::sort(byteOrder.begin(), byteOrder.end());
    ASSERT_NE(byteOrder, expected);

    const Formatter fr("fr");
    EXPECT_EQ(sortedByCompare(fr, reversed(expected)), expected);
    EXPECT_EQ(sortedByKey(fr, reversed(expected)), expected);
}

TEST(I18nCollation, PortugueseOrder) {
    // Cedilla and tilde are accents, not letters: ação < acordo < Açores; no accent < acute <
    // circumflex (avo < avó < avô); "evolução" precedes "Évora" on the letters alone.
    const std::vector<std::string> expected = {"ação", "acordo", "Açores", "água", "Álvaro", "amanhã", "avo",
                                               "avó", "avô", "evolução", "Évora", "Zé", "zebra"};
    const Formatter pt("pt");
    EXPECT_EQ(sortedByCompare(pt, reversed(expected)), expected);
    EXPECT_EQ(sortedByKey(pt, reversed(expected)), expected);
}

TEST(I18nCollation, CompareIsTertiary) {
    const Formatter fr("fr");
    EXPECT_EQ(fr.compare("école", "école"), 0);
    EXPECT_LT(fr.compare("cote", "Cote"), 0);   // case is a (tertiary) difference
    EXPECT_GT(fr.compare("Cote", "cote"), 0);
    EXPECT_LT(fr.compare("Cote", "coté"), 0);   // the accent outranks the case
    EXPECT_EQ(fr.sortKey("école"), fr.sortKey("école"));
    EXPECT_NE(fr.sortKey("cote"), fr.sortKey("Cote"));
    EXPECT_LT(fr.sortKey(""), fr.sortKey("a"));
}

}  // namespace
}  // namespace fd::i18n
