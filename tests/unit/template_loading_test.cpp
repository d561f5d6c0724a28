// Loading a template checks everything before any document is generated: every problem is a
// TemplateError naming the template file and line, with a stable diag.template.* key.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "generators/programme/programme.h"
#include "generators/template/template.h"
#include "programme_test_support.h"

namespace fd::tmpl {
namespace {

using programme_testing::kSourceDir;
using programme_testing::localizer;

// Lines 1–4 are the prologue, so the first line of `content` is line 5.
std::string inSection(const std::string& content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<template kind=\"programme\">\n"
           "<body>\n"
           "<section id=\"s\" requires=\"FR-PROG-01\">\n" +
           content +
           "</section>\n"
           "</body>\n"
           "</template>\n";
}

Template load(const std::string& xml) {
    return Template::fromString(xml, "test.xml", gen::programmeVocabulary(), localizer("en").messages());
}

// Loads `xml`, expecting a TemplateError; returns it for further checks.
TemplateError loadError(const std::string& xml) {
    try {
        load(xml);
    } catch (const TemplateError& e) {
        return e;
    }
    ADD_FAILURE() << "no TemplateError for:\n" << xml;
    return TemplateError("", 0, "", "");
}

void expectError(const std::string& xml, const std::string& key, int line) {
    const TemplateError e = loadError(xml);
    EXPECT_EQ(e.key(), key) << e.what();
    EXPECT_EQ(e.file(), "test.xml");
    EXPECT_EQ(e.line(), line) << e.what();
}

TEST(TemplateLoading, AcceptsAWellFormedTemplate) {
    const Template t = load(inSection("<heading level=\"2\"><msg key=\"programme.kind\"/></heading>\n"
                                      "<p><field path=\"course.totalHours\"/></p>\n"));
    EXPECT_EQ(t.kind(), "programme");
    EXPECT_EQ(t.file(), "test.xml");
    ASSERT_EQ(t.sections().size(), 1u);
    EXPECT_EQ(t.sections()[0].id, "s");
}

TEST(TemplateLoading, UnknownElementNamesFileLineAndParent) {
    const TemplateError e = loadError(inSection("<p><msg key=\"programme.kind\"/></p>\n<para/>\n"));
    EXPECT_EQ(e.key(), "diag.template.unknown_element");
    EXPECT_EQ(e.line(), 6);
    EXPECT_EQ(e.args().at("element"), "para");
    EXPECT_EQ(e.args().at("parent"), "section");
    EXPECT_EQ(std::string(e.what()).rfind("test.xml:6: diag.template.unknown_element", 0), 0u) << e.what();
}

TEST(TemplateLoading, UnknownInlineElement) {
    expectError(inSection("<p>\n<em/></p>\n"), "diag.template.unknown_element", 6);
}

TEST(TemplateLoading, UnknownAttribute) {
    const TemplateError e = loadError(inSection("<p colour=\"red\"><msg key=\"programme.kind\"/></p>\n"));
    EXPECT_EQ(e.key(), "diag.template.unknown_attribute");
    EXPECT_EQ(e.line(), 5);
    EXPECT_EQ(e.args().at("attribute"), "colour");
}

TEST(TemplateLoading, UnknownFieldPath) {
    const TemplateError e = loadError(inSection("<p>\n<field path=\"course.titel\"/></p>\n"));
    EXPECT_EQ(e.key(), "diag.template.unknown_field");
    EXPECT_EQ(e.line(), 6);
    EXPECT_EQ(e.args().at("name"), "titel");
    EXPECT_EQ(e.args().at("record"), "course");
}

TEST(TemplateLoading, UnknownNestedFieldPath) {
    const TemplateError e = loadError(inSection("<p><field path=\"organisation.address.town\"/></p>\n"));
    EXPECT_EQ(e.key(), "diag.template.unknown_field");
    EXPECT_EQ(e.args().at("record"), "address");
}

TEST(TemplateLoading, LoopVariableOutsideItsLoop) {
    expectError(inSection("<p><field path=\"module.hours\"/></p>\n"), "diag.template.unknown_variable", 5);
}

TEST(TemplateLoading, FieldOfAScalar) {
    expectError(inSection("<p><field path=\"course.id.length\"/></p>\n"), "diag.template.not_a_record", 5);
}

TEST(TemplateLoading, UnknownMessageKey) {
    const TemplateError e = loadError(inSection("\n\n<p><msg key=\"programme.no_such_key\"/></p>\n"));
    EXPECT_EQ(e.key(), "diag.template.unknown_message");
    EXPECT_EQ(e.line(), 7);
    EXPECT_EQ(e.args().at("key"), "programme.no_such_key");
}

TEST(TemplateLoading, MessageArgumentTheMessageDoesNotTake) {
    expectError(inSection("<p><msg key=\"programme.kind\" id=\"course.id\"/></p>\n"), "diag.template.unknown_argument", 5);
}

TEST(TemplateLoading, MessageArgumentLeftUnbound) {
    const TemplateError e = loadError(inSection("<p><msg key=\"programme.reference\" id=\"course.id\"/></p>\n"));
    EXPECT_EQ(e.key(), "diag.template.unbound_argument");
    EXPECT_EQ(e.args().at("argument"), "version");
}

TEST(TemplateLoading, LiteralTextWouldEscapeTranslation) {
    expectError(inSection("<p>\nAucun prérequis</p>\n"), "diag.template.literal_text", 5);
}

TEST(TemplateLoading, ListsAreNotPrintable) {
    const TemplateError e = loadError(inSection("<p><field path=\"course.modules\"/></p>\n"));
    EXPECT_EQ(e.key(), "diag.template.wrong_type");
    EXPECT_EQ(e.args().at("type"), "list(record(module))");
    EXPECT_EQ(e.args().at("expected"), "printable");
}

TEST(TemplateLoading, LoopsNeedAList) {
    const TemplateError e = loadError(inSection("<list><each in=\"course.title\" as=\"t\"><item/></each></list>\n"));
    EXPECT_EQ(e.key(), "diag.template.wrong_type");
    EXPECT_EQ(e.args().at("expected"), "list");
}

TEST(TemplateLoading, LoopVariableMayNotHideAName) {
    expectError(inSection("<list><each in=\"course.objectives\" as=\"course\"><item/></each></list>\n"),
                "diag.template.shadowed_name", 5);
}

TEST(TemplateLoading, EnumComparedToAValueItCannotTake) {
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<template kind=\"programme\">\n<body>\n"
        "<section id=\"d\" if=\"course.deliveryMode = remote\"><p><msg key=\"programme.kind\"/></p></section>\n"
        "</body>\n</template>\n";
    const TemplateError e = loadError(xml);
    EXPECT_EQ(e.key(), "diag.template.unknown_enum_value");
    EXPECT_EQ(e.line(), 4);
    EXPECT_EQ(e.args().at("value"), "remote");
}

TEST(TemplateLoading, MalformedCondition) {
    expectError(inSection("<if test=\"course.certifying and course.workBased\"><p><msg key=\"programme.kind\"/></p></if>\n"),
                "diag.template.bad_condition", 5);
}

TEST(TemplateLoading, DynamicKeyNeedsAnEnumAndExistingKeys) {
    expectError(inSection("<p><msg key=\"mode.{course.id}\"/></p>\n"), "diag.template.wrong_type", 5);
    // nature.presential does not exist: every value of the enum must give a known key.
    expectError(inSection("<p><msg key=\"nature.{course.deliveryMode}\"/></p>\n"), "diag.template.unknown_message", 5);
}

TEST(TemplateLoading, TableRowsHaveOneCellPerColumn) {
    const TemplateError e = loadError(inSection("<table><column><msg key=\"programme.content.module\"/></column>\n"
                                                "<row><cell/><cell/></row></table>\n"));
    EXPECT_EQ(e.key(), "diag.template.cell_count");
    EXPECT_EQ(e.line(), 6);
    EXPECT_EQ(e.args().at("found"), "2");
    EXPECT_EQ(e.args().at("expected"), "1");
}

TEST(TemplateLoading, ColumnsComeBeforeRows) {
    expectError(inSection("<table><column/>\n<row><cell/></row>\n<column/></table>\n"),
                "diag.template.misplaced_element", 7);
}

TEST(TemplateLoading, BadAttributeValues) {
    expectError(inSection("<heading level=\"4\"><msg key=\"programme.kind\"/></heading>\n"), "diag.template.bad_value", 5);
    expectError(inSection("<p align=\"middle\"><msg key=\"programme.kind\"/></p>\n"), "diag.template.bad_value", 5);
    expectError(inSection("<spacer height=\"-3\"/>\n"), "diag.template.bad_value", 5);
}

TEST(TemplateLoading, SectionIdsAreUniqueAndRequirementIdsWellFormed) {
    const std::string twice =
        "<?xml version=\"1.0\"?>\n<template kind=\"programme\">\n<body>\n"
        "<section id=\"a\"/>\n<section id=\"a\"/>\n</body>\n</template>\n";
    expectError(twice, "diag.template.duplicate_section", 5);
    const std::string badId =
        "<?xml version=\"1.0\"?>\n<template kind=\"programme\">\n<body>\n"
        "<section id=\"a\" requires=\"FR-PROG-03 prog3\"/>\n</body>\n</template>\n";
    const TemplateError e = loadError(badId);
    EXPECT_EQ(e.key(), "diag.template.bad_requirement");
    EXPECT_EQ(e.args().at("id"), "prog3");
}

TEST(TemplateLoading, MalformedXmlGivesItsLine) {
    expectError(inSection("<p><msg key=\"programme.kind\"/>\n</para>\n"), "diag.template.malformed", 6);
}

TEST(TemplateLoading, KindMustMatchTheDocument) {
    const std::string xml = "<?xml version=\"1.0\"?>\n<template kind=\"certificate\">\n<body/>\n</template>\n";
    const TemplateError e = loadError(xml);
    EXPECT_EQ(e.key(), "diag.template.wrong_kind");
    EXPECT_EQ(e.line(), 2);
}

TEST(TemplateLoading, BodyIsRequired) {
    expectError("<?xml version=\"1.0\"?>\n<template kind=\"programme\">\n</template>\n", "diag.template.missing_element", 2);
}

TEST(TemplateLoading, PageLabelMayOnlyUsePageNumbers) {
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<template kind=\"programme\">\n<document>\n"
        "<page-label key=\"programme.reference\"/>\n</document>\n<body/>\n</template>\n";
    expectError(xml, "diag.template.unbound_argument", 4);
}

TEST(TemplateLoading, ErrorsReadInThePeoplesLanguage) {
    const TemplateError e = loadError(inSection("<para/>\n"));
    EXPECT_EQ(e.describe(localizer("fr").messages()), "test.xml:5: élément <para> inconnu dans <section>");
    EXPECT_EQ(e.diagnostic().field, "para");
}

TEST(TemplateLoading, MissingFileIsReported) {
    try {
        Template::load(kSourceDir + "/templates/programme/none.xml", gen::programmeVocabulary(), localizer("en").messages());
        ADD_FAILURE() << "no error";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.key(), "diag.template.unreadable");
    }
}

TEST(TemplateLoading, ShippedTemplatesLoadWithEveryLanguage) {
    for (const char* name : {"fr", "pt"})
        for (const char* lang : {"fr", "pt", "en"}) {
            const std::string path = kSourceDir + "/templates/programme/" + name + ".xml";
            EXPECT_NO_THROW(Template::load(path, gen::programmeVocabulary(), localizer(lang).messages())) << path << ' ' << lang;
        }
}

TEST(TemplateRequirements, ListsEveryRequirementIdOnceSorted) {
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<template kind=\"programme\">\n<body>\n"
        "<section id=\"b\" requires=\"FR-PROG-05 FR-PROG-03\"/>\n"
        "<section id=\"a\" requires=\"FR-PROG-03 EN-02\" if=\"document.translation\"/>\n"
        "<section id=\"c\"/>\n"
        "</body>\n</template>\n";
    const Template t = load(xml);
    EXPECT_EQ(t.requirementIds(), (std::vector<std::string>{"EN-02", "FR-PROG-03", "FR-PROG-05"}));
    ASSERT_EQ(t.sections().size(), 3u);
    EXPECT_EQ(t.sections()[1].id, "a");
    EXPECT_EQ(t.sections()[1].condition, "document.translation");
    EXPECT_EQ(t.sections()[1].line, 5);
    EXPECT_TRUE(t.sections()[2].requirements.empty());
}

TEST(TemplateRequirements, FrenchProgrammeTemplateDeclaresEveryMandatoryItem) {
    const Template t = Template::load(kSourceDir + "/templates/programme/fr.xml", gen::programmeVocabulary(),
                                      localizer("fr").messages());
    const std::vector<std::string> covered = t.requirementIds();
    for (const char* id : {"FR-PROG-01", "FR-PROG-03", "FR-PROG-04", "FR-PROG-05", "FR-PROG-06", "FR-PROG-07",
                           "FR-PROG-08", "FR-PROG-09", "FR-PROG-10", "FR-PROG-11", "FR-PROG-12", "FR-PROG-13",
                           "FR-PROG-14", "FR-PROG-15", "FR-PROG-16", "FR-PROG-17", "FR-PROG-18", "FR-PROG-19",
                           "FR-PROG-20", "FR-PROG-21", "FR-FMT-01", "FR-FMT-04", "FR-FMT-05", "EN-02"})
        EXPECT_NE(std::find(covered.begin(), covered.end(), id), covered.end()) << id;
}

}  // namespace
}  // namespace fd::tmpl
