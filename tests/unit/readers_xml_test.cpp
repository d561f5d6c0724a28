#include <gtest/gtest.h>

#include "readers/localized_text_reader.h"
#include "readers/xml_file.h"
#include "readers/xml_reader.h"
#include "readers_test_support.h"

namespace fd::readers {
namespace {

using fd::testing::summary;

TEST(XmlFileTest, GivesTheLineOfEachElement) {
    XmlFile file("t.xml");
    Diagnostics d;
    ASSERT_TRUE(file.parse("<?xml version=\"1.0\"?>\n<root>\n  <a/>\n\n  <b>\n    <c>x</c>\n  </b>\n</root>\n", d));
    EXPECT_EQ(file.lineOf(file.root()), 2);
    EXPECT_EQ(file.lineOf(file.root().child("a")), 3);
    EXPECT_EQ(file.lineOf(file.root().child("b").child("c")), 6);
    EXPECT_EQ(file.lineOf(pugi::xml_node()), 0);
}

TEST(XmlFileTest, LinesStayRightAfterEntitiesAndCrlf) {
    XmlFile file("t.xml");
    Diagnostics d;
    ASSERT_TRUE(file.parse("<root>\r\n<a>&amp;&lt;&#233;</a>\r\n<b x=\"&quot;\"/>\r\n</root>", d));
    EXPECT_EQ(file.lineOf(file.root().child("b")), 3);
    EXPECT_STREQ(file.root().child("a").child_value(), "&<\xC3\xA9");
}

TEST(XmlFileTest, AcceptsAUtf8Bom) {
    XmlFile file("t.xml");
    Diagnostics d;
    ASSERT_TRUE(file.parse("\xEF\xBB\xBF<root>\n<a/></root>", d));
    EXPECT_STREQ(file.root().name(), "root");
    EXPECT_EQ(file.lineOf(file.root().child("a")), 2);
}

TEST(XmlFileTest, ReportsMalformedXmlWithTheLineAndReason) {
    XmlFile file("courses.xml");
    Diagnostics d;
    EXPECT_FALSE(file.parse("<courses>\n  <course>\n    <title>x</titel>\n  </course>\n</courses>\n", d));
    ASSERT_EQ(summary(d), (std::vector<std::string>{"courses.xml:3:diag.xml.malformed"}));
    EXPECT_EQ(d.items()[0].args.at("reason"), "end_element_mismatch");

    Diagnostics d2;
    EXPECT_FALSE(file.parse("<a>\n<b c=d/>\n</a>", d2));
    ASSERT_EQ(summary(d2), (std::vector<std::string>{"courses.xml:2:diag.xml.malformed"}));
    EXPECT_EQ(d2.items()[0].args.at("reason"), "bad_attribute");

    Diagnostics d3;
    EXPECT_FALSE(file.parse("", d3));
    EXPECT_EQ(d3.items().at(0).args.at("reason"), "no_document_element");
}

TEST(XmlFileTest, ReportsAnUnreadableFile) {
    XmlFile file("organisation.xml");
    Diagnostics d;
    EXPECT_FALSE(file.load("/nonexistent/organisation.xml", d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:0:diag.file.unreadable"}));
}

// A parsed document and a reader over it, for the translatable-text and typed-value tests.
class XmlReaderTest : public ::testing::Test {
protected:
    pugi::xml_node load(const std::string& xml, const std::string& mainLanguage = "fr") {
        file_ = std::make_unique<XmlFile>("t.xml");
        EXPECT_TRUE(file_->parse(xml, diagnostics_));
        reader_ = std::make_unique<XmlReader>(*file_, diagnostics_, mainLanguage);
        return file_->root();
    }
    LocalizedText text(const std::string& xml, const std::string& mainLanguage = "fr") {
        const pugi::xml_node root = load(xml, mainLanguage);
        return readLocalizedText(*reader_, root, "field");
    }

    Diagnostics diagnostics_;
    std::unique_ptr<XmlFile> file_;
    std::unique_ptr<XmlReader> reader_;
};

TEST_F(XmlReaderTest, TextWithoutLanguageBelongsToTheMainLanguage) {
    const LocalizedText t = text("<audience>  Managers   de\n   proximité </audience>");
    EXPECT_EQ(t.byLang, (std::map<std::string, std::string>{{"", "Managers de proximité"}}));
    EXPECT_TRUE(diagnostics_.items().empty());
}

TEST_F(XmlReaderTest, TextWithXmlLangOnTheElement) {
    const LocalizedText t = text("<audience xml:lang=\"en\">Team leaders</audience>", "en");
    EXPECT_EQ(t.byLang, (std::map<std::string, std::string>{{"en", "Team leaders"}}));
    EXPECT_TRUE(diagnostics_.items().empty());
}

TEST_F(XmlReaderTest, TextChildrenOnePerLanguage) {
    const LocalizedText t = text(
        "<audience>\n  <text xml:lang=\"fr\">Managers</text>\n  <!-- c -->\n  <text xml:lang=\"en\"><![CDATA[Team "
        "<leaders>]]></text>\n</audience>");
    EXPECT_EQ(t.byLang, (std::map<std::string, std::string>{{"fr", "Managers"}, {"en", "Team <leaders>"}}));
    EXPECT_TRUE(diagnostics_.items().empty());
}

TEST_F(XmlReaderTest, BlankLinesSeparateParagraphs) {
    EXPECT_EQ(normalizeParagraphs("\n  First   line\n  continued.\n\n   \n  Second.\n"),
              "First line continued.\nSecond.");
    EXPECT_EQ(normalizeParagraphs(" \n\t "), "");
    EXPECT_EQ(normalizeParagraphs("a\r\n\r\nb"), "a\nb");
}

TEST_F(XmlReaderTest, ReportsMalformedTranslations) {
    text("<t>\n<text>no lang</text>\n<text xml:lang=\"de\">Hallo</text>\n<text xml:lang=\"fr\">a</text>\n"
         "<text xml:lang=\"fr\">b</text>\nstray\n<b>bold</b>\n</t>");
    EXPECT_EQ(summary(diagnostics_), (std::vector<std::string>{
                                         "t.xml:2:diag.text.lang_missing", "t.xml:3:diag.text.lang_unknown",
                                         "t.xml:5:diag.text.lang_duplicate", "t.xml:5:diag.text.mixed",
                                         "t.xml:7:diag.text.markup"}));
    EXPECT_EQ(diagnostics_.items()[1].args.at("lang"), "de");
    EXPECT_EQ(diagnostics_.items()[1].args.at("allowed"), "fr, pt, en");
    EXPECT_EQ(diagnostics_.items()[4].field, "field");
}

TEST_F(XmlReaderTest, MarkupInsideADirectTextIsAnError) {
    const LocalizedText t = text("<t>Bonjour <b>le</b> monde</t>");
    EXPECT_EQ(summary(diagnostics_), (std::vector<std::string>{"t.xml:1:diag.text.markup"}));
    EXPECT_EQ(t.byLang.at(""), "Bonjour monde");
}

TEST_F(XmlReaderTest, WarnsWhenTheMainLanguageHasNoText) {
    text("<t><text xml:lang=\"en\">Only English</text></t>", "fr");
    text("<t>   </t>", "pt");
    text("<t xml:lang=\"pt\">Olá</t>", "fr");
    ASSERT_EQ(summary(diagnostics_), (std::vector<std::string>{"t.xml:1:diag.text.missing_main",
                                                               "t.xml:1:diag.text.missing_main",
                                                               "t.xml:1:diag.text.missing_main"}));
    EXPECT_EQ(diagnostics_.items()[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics_.items()[1].args.at("lang"), "pt");
}

TEST_F(XmlReaderTest, NoMainLanguageWarningWhenTheMainLanguageIsUnknownOrTheElementAbsent) {
    text("<t xml:lang=\"en\">Hello</t>", "");
    const pugi::xml_node root = load("<t/>");
    EXPECT_TRUE(readLocalizedText(*reader_, root.child("absent"), "field").empty());
    EXPECT_TRUE(diagnostics_.items().empty());
}

TEST_F(XmlReaderTest, RecordsTheLineOfATextInTheSourceLocation) {
    const pugi::xml_node root = load("<c>\n\n<title>Titre</title></c>");
    SourceLoc loc{"t.xml", 1, {}};
    const LocalizedText t = reader_->text(root.child("title"), "course[A].title", loc, "title");
    EXPECT_EQ(t.byLang.at(""), "Titre");
    EXPECT_EQ(loc.lineOf("title"), 3);
}

TEST_F(XmlReaderTest, ReadsTypedAttributes) {
    const pugi::xml_node e = load(
        "<e date=\"2026-03-09\" n=\"42\" h=\"7,5\" c=\"129000\" b=\"false\" p=\"5.5\" mode=\"blended\" empty=\"\"/>");
    EXPECT_EQ(reader_->date(e, "date", "f")->iso(), "2026-03-09");
    EXPECT_EQ(reader_->integer(e, "n", "f", 0, 100), 42);
    EXPECT_EQ(reader_->hours(e, "h", "f")->hundredths, 750);
    EXPECT_EQ(reader_->cents(e, "c", "f"), 129000);
    EXPECT_EQ(reader_->boolean(e, "b", "f"), false);
    EXPECT_EQ(reader_->permille(e, "p", "f"), 55);
    EXPECT_EQ(reader_->choice(e, "mode", "f", deliveryModeNames()), DeliveryMode::Blended);
    EXPECT_FALSE(reader_->date(e, "empty", "f"));
    EXPECT_FALSE(reader_->integer(e, "absent", "f", 0, 1));
    EXPECT_TRUE(diagnostics_.items().empty());
}

TEST_F(XmlReaderTest, ReportsMalformedAttributes) {
    const pugi::xml_node e = load(
        "<e date=\"09/03/2026\" n=\"4x\" big=\"101\" h=\"7.125\" c=\"12.50\" b=\"yes\" p=\"5.25\" mode=\"online\"/>");
    EXPECT_FALSE(reader_->date(e, "date", "f"));
    EXPECT_FALSE(reader_->integer(e, "n", "f", 0, 100));
    EXPECT_FALSE(reader_->integer(e, "big", "f", 0, 100));
    EXPECT_FALSE(reader_->hours(e, "h", "f"));
    EXPECT_FALSE(reader_->cents(e, "c", "f"));
    EXPECT_FALSE(reader_->boolean(e, "b", "f"));
    EXPECT_FALSE(reader_->permille(e, "p", "f"));
    EXPECT_FALSE(reader_->choice(e, "mode", "f", deliveryModeNames()));
    EXPECT_EQ(summary(diagnostics_),
              (std::vector<std::string>{"t.xml:1:diag.value.date", "t.xml:1:diag.value.integer",
                                        "t.xml:1:diag.value.range", "t.xml:1:diag.value.hours",
                                        "t.xml:1:diag.value.cents", "t.xml:1:diag.value.choice",
                                        "t.xml:1:diag.value.percent", "t.xml:1:diag.value.choice"}));
    EXPECT_EQ(diagnostics_.items().back().args.at("allowed"), "presential, distance, blended, work-based");
}

TEST_F(XmlReaderTest, ChecksChildElements) {
    const pugi::xml_node e = load("<e>\n<a/>\n<b/>\n<b/>\n<typo/>\n<a/>\n</e>");
    reader_->checkChildren(e, {{"a"}, {"b", true}}, "parent");
    EXPECT_EQ(summary(diagnostics_), (std::vector<std::string>{"t.xml:5:diag.xml.unknown_element",
                                                               "t.xml:6:diag.xml.duplicate_element"}));
    EXPECT_EQ(diagnostics_.items()[0].severity, Severity::Warning);
    EXPECT_EQ(diagnostics_.items()[0].args.at("element"), "typo");
}

}  // namespace
}  // namespace fd::readers
