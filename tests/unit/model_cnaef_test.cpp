#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "model/cnaef.h"

namespace fd::cnaef {
namespace {

std::set<std::string> unitIds(const std::string& lang) {
    const std::string path = std::string(FORMADOC_SOURCE_DIR) + "/locales/" + lang + "/cnaef.xlf";
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_file(path.c_str())) << path;
    std::set<std::string> ids;
    for (pugi::xpath_node unit : doc.select_nodes("//unit")) ids.insert(unit.node().attribute("id").value());
    return ids;
}

TEST(CnaefTest, CodesAreSortedUniqueThreeDigitStrings) {
    const auto& codes = areaCodes();
    EXPECT_TRUE(std::is_sorted(codes.begin(), codes.end()));
    EXPECT_EQ(std::adjacent_find(codes.begin(), codes.end()), codes.end());
    for (const auto& code : codes) {
        ASSERT_EQ(code.size(), 3u) << code;
        EXPECT_TRUE(std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) << code;
    }
}

TEST(CnaefTest, HoldsThePortariaAreas) {
    for (const char* code : {"010", "080", "090", "142", "149", "341", "344", "345", "380", "481", "482", "640",
                             "723", "762", "811", "840", "862", "999"})
        EXPECT_TRUE(isAreaCode(code)) << code;
    for (const char* code : {"000", "141", "224", "348", "641", "722", "870", "34", "3410"})
        EXPECT_FALSE(isAreaCode(code)) << code;
}

TEST(CnaefTest, EveryCodeHasANameInEveryLanguageAndNoOtherNameExists) {
    std::set<std::string> expected;
    for (const auto& code : areaCodes()) expected.insert(nameKey(code));
    for (const char* lang : {"en", "fr", "pt"}) EXPECT_EQ(unitIds(lang), expected) << lang;
}

TEST(CnaefTest, NameKeysKeepTheLeadingZero) { EXPECT_EQ(nameKey("090"), "cnaef.090"); }

}  // namespace
}  // namespace fd::cnaef
