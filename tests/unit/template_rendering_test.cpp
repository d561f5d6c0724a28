// Rendering a template against a hand-built workspace: conditions, loops, inline content,
// dropped empty blocks, anchors, enum-completed keys, document texts, fallback warnings.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/common/mentions.h"
#include "generators/programme/programme.h"
#include "generators/programme/programme_roots.h"
#include "generators/template/schema.h"
#include "generators/template/template.h"
#include "programme_test_support.h"

namespace fd::tmpl {
namespace {

using namespace programme_testing;

std::string withBody(const std::string& sections, const std::string& document = "") {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<template kind=\"programme\">\n" + document + "<body>\n" +
           sections + "</body>\n</template>\n";
}

// Renders `xml` for the first course of `ws` in `lang`.
class Render {
public:
    Render(const std::string& xml, const Workspace& ws, const std::string& lang)
        : l10n_(localizer(lang)), today_(date("2026-11-21")) {
        const Template t = Template::fromString(xml, "test.xml", gen::programmeVocabulary(), l10n_.messages());
        const Course& course = ws.courses.front();
        facts_.lang = lang;
        facts_.translation = gen::isTranslation(ws.organisation, lang);
        facts_.prevailingLanguage = gen::prevailingLanguage(ws.organisation);
        facts_.today = today_;
        facts_.indicatorsFile = "indicators." + lang + ".pdf";
        mentions_ = gen::legalMentions(ws.organisation, &course, l10n_, today_);
        Bindings roots;
        roots.push("organisation", organisationValue(ws.organisation));
        roots.push("course", courseValue(course));
        roots.push("document", documentValue(facts_));
        roots.push("mentions", mentionsValue(mentions_));
        results_ = gen::programmeResults(gen::LatestCourseResults::compute(ws, today_), course, l10n_);
        registration_ = gen::registrationOf(ws.organisation);
        roots.push("results", gen::resultsValue(results_));
        roots.push("registration", gen::registrationValue(registration_));
        gen::TextPicker picker(lang, ws.organisation.mainLanguage(), warnings);
        RenderContext context{l10n_, picker, EvalEnv{&ws, &l10n_, today_}};
        result = t.render(roots, context);
    }

    Rendered result;
    Diagnostics warnings;

private:
    const i18n::Localizer& l10n_;
    Date today_;
    DocumentFacts facts_;
    gen::LegalMentions mentions_;
    gen::ProgrammeResults results_;
    gen::Registration registration_;
};

std::string section(const std::string& id, const std::string& condition, const std::string& content) {
    return "<section id=\"" + id + "\"" + (condition.empty() ? "" : " if=\"" + condition + "\"") + ">\n" + content +
           "</section>\n";
}

const std::string kHeading = "<heading><msg key=\"programme.kind\"/></heading>\n";

TEST(TemplateRendering, SectionAppearsOnlyWhenItsConditionHolds) {
    Workspace ws = frenchWorkspace();
    const std::string xml = withBody(section("certif", "course.certifying", kHeading) + section("always", "", kHeading));
    EXPECT_EQ(Render(xml, ws, "en").result.sections, (std::vector<std::string>{"always"}));

    CertifyingData certification;
    certification.code = "RNCP35635";
    ws.courses.front().certification = certification;
    EXPECT_EQ(Render(xml, ws, "en").result.sections, (std::vector<std::string>{"certif", "always"}));
}

TEST(TemplateRendering, EnumAndNegatedConditions) {
    Workspace ws = frenchWorkspace();
    const std::string xml = withBody(section("distance", "course.deliveryMode = distance", kHeading) +
                                     section("elsewhere", "course.deliveryMode != distance", kHeading) +
                                     section("no-certification", "not course.certifying", kHeading));
    EXPECT_EQ(Render(xml, ws, "en").result.sections, (std::vector<std::string>{"elsewhere", "no-certification"}));
    ws.courses.front().deliveryMode = DeliveryMode::Distance;
    EXPECT_EQ(Render(xml, ws, "en").result.sections, (std::vector<std::string>{"distance", "no-certification"}));
}

TEST(TemplateRendering, LoopOverRecordsFillsTableRows) {
    const std::string xml = withBody(section("content", "",
        "<table>\n<column><msg key=\"programme.content.module\"/></column>\n"
        "<column align=\"right\"><msg key=\"programme.content.duration\"/></column>\n"
        "<each in=\"course.modules\" as=\"module\"><row><cell><field path=\"module.title\"/></cell>"
        "<cell><field path=\"module.hours\"/></cell></row></each>\n"
        "<footer><cell><msg key=\"programme.content.total\"/></cell><cell><field path=\"course.totalHours\"/></cell></footer>\n"
        "</table>\n"));
    const Render r(xml, frenchWorkspace(), "fr");
    ASSERT_EQ(r.result.blocks.size(), 1u);
    const auto& table = std::get<doc::Table>(r.result.blocks[0]);
    ASSERT_EQ(table.columns.size(), 2u);
    EXPECT_EQ(plain(table.columns[0].header), "Module");
    EXPECT_EQ(table.columns[1].align, doc::Align::Right);
    ASSERT_EQ(table.rows.size(), 3u);
    EXPECT_EQ(plain(table.rows[1][0]), "Communiquer et motiver");
    EXPECT_EQ(plain(table.rows[1][1]), "7 heures");
    EXPECT_EQ(plain(table.footer[1]), "21 heures");
}

TEST(TemplateRendering, LoopOverTextsAndNestedFields) {
    const std::string xml = withBody(section("objectives", "",
        "<list numbered=\"true\"><each in=\"course.objectives\" as=\"objective\"><item><field path=\"objective\"/></item></each></list>\n"
        "<list><each in=\"course.upcomingSessions\" as=\"session\">"
        "<item><msg key=\"programme.sessions.range\" start=\"session.start\" end=\"session.end\"/></item></each></list>\n"));
    const Render r(xml, frenchWorkspace(), "en");
    ASSERT_EQ(r.result.blocks.size(), 2u);
    const auto& objectives = std::get<doc::List>(r.result.blocks[0]);
    EXPECT_TRUE(objectives.numbered);
    ASSERT_EQ(objectives.items.size(), 2u);
    EXPECT_EQ(plain(objectives.items[1]), "Set SMART objectives");
    // Only the session starting after the build date (2026-11-21) is upcoming.
    const auto& sessions = std::get<doc::List>(r.result.blocks[1]);
    ASSERT_EQ(sessions.items.size(), 1u);
    EXPECT_EQ(plain(sessions.items[0]), "18 January 2027 to 20 January 2027");
}

TEST(TemplateRendering, InlineStylesAndSpacesBetweenElements) {
    const std::string xml = withBody(section("o", "",
        "<p>\n  <b><msg key=\"programme.objectives.professional\"/></b> <field path=\"course.professionalObjective\"/>\n"
        "  <link field=\"organisation.email\" scheme=\"mailto\"/>\n</p>\n"));
    const Render r(xml, frenchWorkspace(), "en");
    const auto& p = std::get<doc::Paragraph>(r.result.blocks.at(0));
    ASSERT_EQ(p.text.size(), 5u);
    EXPECT_EQ(p.text[0].text, "Professional objective:");
    EXPECT_TRUE(p.text[0].bold);
    EXPECT_EQ(p.text[1].text, " ");
    EXPECT_EQ(p.text[2].text, "Lead a front-line team");
    EXPECT_FALSE(p.text[2].bold);
    EXPECT_EQ(p.text[4].text, "contact@atelier-competences.fr");
    EXPECT_EQ(p.text[4].link, "mailto:contact@atelier-competences.fr");
}

TEST(TemplateRendering, EmptyContentIsLeftOut) {
    Workspace ws = frenchWorkspace();
    ws.courses.front().professionalObjective = LocalizedText{};
    ws.courses.front().objectives.clear();
    const std::string xml = withBody(section("o", "",
        "<p><field path=\"course.professionalObjective\"/></p>\n"
        "<list><each in=\"course.objectives\" as=\"x\"><item><field path=\"x\"/></item></each></list>\n"
        "<facts><row><key><msg key=\"programme.facts.reference\"/></key><value><field path=\"course.professionalObjective\"/></value></row></facts>\n"));
    const Render r(xml, ws, "en");
    EXPECT_TRUE(r.result.blocks.empty());
    EXPECT_TRUE(r.result.sections.empty());
}

TEST(TemplateRendering, FirstHeadingOfASectionTakesItsIdAsAnchor) {
    const std::string xml = withBody(section("audience", "", kHeading + kHeading) +
                                     section("named", "", "<heading anchor=\"own\"><msg key=\"programme.kind\"/></heading>\n"));
    const Render r(xml, frenchWorkspace(), "en");
    ASSERT_EQ(r.result.blocks.size(), 3u);
    EXPECT_EQ(std::get<doc::Heading>(r.result.blocks[0]).anchor, "audience");
    EXPECT_EQ(std::get<doc::Heading>(r.result.blocks[1]).anchor, "");
    EXPECT_EQ(std::get<doc::Heading>(r.result.blocks[2]).anchor, "own");
}

TEST(TemplateRendering, KeysCompletedByAnEnumValue) {
    Workspace ws = frenchWorkspace();
    ws.courses.front().deliveryMode = DeliveryMode::Blended;
    const std::string xml = withBody(section("m", "", "<p><msg key=\"mode.{course.deliveryMode}\"/></p>\n"));
    EXPECT_EQ(plain(std::get<doc::Paragraph>(Render(xml, ws, "fr").result.blocks.at(0)).text),
              "Mixte (présentiel et à distance)");
}

TEST(TemplateRendering, CheckboxesFollowTheirConditions) {
    const std::string xml = withBody(section("nature", "",
        "<checkboxes>\n"
        "<box checked=\"course.nature = training\"><msg key=\"nature.training\"/></box>\n"
        "<box checked=\"course.nature = vae\"><msg key=\"nature.vae\"/></box>\n"
        "</checkboxes>\n"));
    const Render r(xml, frenchWorkspace(), "fr");
    const auto& boxes = std::get<doc::Checkboxes>(r.result.blocks.at(0));
    ASSERT_EQ(boxes.items.size(), 2u);
    EXPECT_EQ(plain(boxes.items[0].first), "Action de formation");
    EXPECT_TRUE(boxes.items[0].second);
    EXPECT_FALSE(boxes.items[1].second);
}

TEST(TemplateRendering, DocumentTexts) {
    const std::string document =
        "<document>\n<title><field path=\"course.title\"/></title>\n"
        "<footer-left><msg key=\"programme.reference\" id=\"course.id\" version=\"course.version\"/></footer-left>\n"
        "<footer-center><msg key=\"programme.footer.updated\" date=\"course.lastUpdate\"/></footer-center>\n"
        "<page-label key=\"doc.page_of\"/>\n</document>\n";
    const Render r(withBody(section("s", "", kHeading), document), frenchWorkspace(), "fr");
    EXPECT_EQ(r.result.texts.title, "Manager une équipe au quotidien");
    EXPECT_EQ(r.result.texts.footerLeft, "Réf. MGT-ENT – version 4");
    EXPECT_EQ(r.result.texts.footerCenter, "Mise à jour\u202F: 15 septembre 2026");
    EXPECT_EQ(r.result.texts.pageLabelKey, "doc.page_of");
    EXPECT_EQ(r.result.texts.subject, "");
}

TEST(TemplateRendering, MissingTranslationFallsBackWithOneWarningPerField) {
    // The course title has no Portuguese text; it is used three times.
    const std::string xml = withBody(section("t", "",
        "<heading><field path=\"course.title\"/></heading>\n<p><field path=\"course.title\"/></p>\n"
        "<p><msg key=\"programme.facts.area_value\" code=\"course.id\" name=\"course.title\"/></p>\n"
        "<list><each in=\"course.objectives\" as=\"o\"><item><field path=\"o\"/></item></each></list>\n"),
        "<document><title><field path=\"course.title\"/></title></document>\n");
    const Render r(xml, frenchWorkspace(), "pt");
    EXPECT_EQ(plain(std::get<doc::Heading>(r.result.blocks.at(0)).text), "Manager une équipe au quotidien");
    ASSERT_EQ(r.warnings.items().size(), 1u);
    const Diagnostic& w = r.warnings.items()[0];
    EXPECT_EQ(w.severity, Severity::Warning);
    EXPECT_EQ(w.file, "courses.xml");
    EXPECT_EQ(w.line, 3);
    EXPECT_EQ(w.field, "course[MGT-ENT].title");
    EXPECT_EQ(w.key, "diag.generation.untranslated");
    EXPECT_EQ(w.args.at("lang"), "pt");
    EXPECT_EQ(w.args.at("fallback"), "fr");
}

TEST(TemplateRendering, RenderingNeedsEveryRootBound) {
    const Template t = Template::fromString(withBody(section("s", "", kHeading)), "test.xml", gen::programmeVocabulary(),
                                            localizer("en").messages());
    Diagnostics warnings;
    gen::TextPicker picker("en", "fr", warnings);
    RenderContext context{localizer("en"), picker, EvalEnv{}};
    EXPECT_THROW(t.render(Bindings{}, context), std::invalid_argument);
}

}  // namespace
}  // namespace fd::tmpl
