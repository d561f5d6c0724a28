// The XLIFF reader: units in groups, white space rules, and what it hands to the consistency test.
#include <string>

#include <gtest/gtest.h>

#include "i18n/i18n.h"
#include "i18n/xliff.h"
#include "i18n_test_support.h"

namespace fd::i18n {
namespace {

using testing::i18nErrorOf;
using testing::TempDir;

TEST(I18nXliff, ReadsUnitsInsideGroupsInDocumentOrder) {
    TempDir dir;
    const std::string file = dir.write("fr/g.xlf",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr-FR\">\n"
        "  <file id=\"g\">\n"
        "    <unit id=\"top\"><segment><source>Top</source><target>Haut</target></segment></unit>\n"
        "    <group id=\"outer\">\n"
        "      <group id=\"inner\">\n"
        "        <unit id=\"deep\"><notes><note>for translators</note></notes>\n"
        "          <segment><source>Deep</source><target>Profond</target></segment></unit>\n"
        "      </group>\n"
        "    </group>\n"
        "  </file>\n"
        "</xliff>\n");
    const XliffDocument doc = readXliffFile(file);
    EXPECT_EQ(doc.srcLang, "en");
    EXPECT_EQ(doc.trgLang, "fr-FR");
    EXPECT_EQ(primaryLanguage(doc.trgLang), "fr");
    EXPECT_EQ(doc.line, 2);
    ASSERT_EQ(doc.units.size(), 2u);
    EXPECT_EQ(doc.units[0].id, "top");
    EXPECT_EQ(doc.units[1].id, "deep");
    EXPECT_EQ(doc.units[1].source, "Deep");
    EXPECT_EQ(doc.units[1].target, std::optional<std::string>("Profond"));
    EXPECT_EQ(doc.units[1].line, 7);
    EXPECT_EQ(doc.units[1].sourceLine, 8);
    EXPECT_EQ(doc.units[1].targetLine, 8);
    EXPECT_EQ(Catalogue::load(dir.path(), "fr").format("deep"), "Profond");
}

TEST(I18nXliff, WrappedTextIsJoinedUnlessSpaceIsPreserved) {
    TempDir dir;
    const std::string file = dir.write("en/w.xlf",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<xliff version=\"2.0\" srcLang=\"en\">\n"
        "  <file id=\"w\">\n"
        "    <unit id=\"wrapped\"><segment><source>\n"
        "      A long sentence\n"
        "      wrapped\tover lines.\n"
        "    </source></segment></unit>\n"
        "    <unit id=\"kept\"><segment><source xml:space=\"preserve\"> two  spaces\n</source></segment></unit>\n"
        "    <unit id=\"nbsp\"><segment><source>\u00A035\u00A0h\u202F!\u00A0</source></segment></unit>\n"
        "    <unit id=\"blank\"><segment><source>   </source></segment></unit>\n"
        "    <unit id=\"cdata\"><segment><source><![CDATA[a < b & c]]></source></segment></unit>\n"
        "  </file>\n"
        "</xliff>\n");
    const XliffDocument doc = readXliffFile(file);
    ASSERT_EQ(doc.units.size(), 5u);
    EXPECT_EQ(doc.units[0].source, "A long sentence wrapped over lines.");
    EXPECT_EQ(doc.units[1].source, " two  spaces\n");
    EXPECT_EQ(doc.units[2].source, "\u00A035\u00A0h\u202F!\u00A0");  // not XML white space
    EXPECT_EQ(doc.units[3].source, "");
    EXPECT_EQ(doc.units[4].source, "a < b & c");
    EXPECT_FALSE(doc.units[0].target.has_value());
    EXPECT_TRUE(doc.trgLang.empty());
}

TEST(I18nXliff, TargetInASourceOnlyFileIsAnError) {
    TempDir dir;
    const std::string file = dir.write("en/t.xlf", testing::xliff("en", testing::unit("k", "Key", "Clé")));
    const std::string error = i18nErrorOf([&] { readXliffFile(file); });
    EXPECT_NE(error.find(file + ":4:"), std::string::npos) << error;
    EXPECT_NE(error.find("trgLang"), std::string::npos) << error;
}

TEST(I18nXliff, ListsOnlyXlfFilesSortedByName) {
    TempDir dir;
    dir.write("fr/zeta.xlf", "");
    dir.write("fr/alpha.xlf", "");
    dir.write("fr/mid.xlf", "");
    dir.write("fr/readme.md", "");
    dir.write("fr/sub/nested.xlf", "");
    EXPECT_EQ(listXliffFiles(dir.path() + "/fr"),
              (std::vector<std::string>{dir.path() + "/fr/alpha.xlf", dir.path() + "/fr/mid.xlf", dir.path() + "/fr/zeta.xlf"}));
    EXPECT_THROW(listXliffFiles(dir.path() + "/absent"), I18nError);
    EXPECT_THROW(readXliffFile(dir.path() + "/absent.xlf"), I18nError);
}

TEST(I18nXliff, EmptyFileIsMalformed) {
    TempDir dir;
    const std::string file = dir.write("fr/empty.xlf", "");
    const std::string error = i18nErrorOf([&] { readXliffFile(file); });
    EXPECT_NE(error.find(file + ":1: malformed XML"), std::string::npos) << error;
}

}  // namespace
}  // namespace fd::i18n
