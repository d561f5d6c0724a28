// Numbered articles and the references between them (the template language's <article>,
// <article-label>, <reference-label> and "#id" message arguments): numbering in document order
// without gaps, references resolved to the number and linked to the article, and the load-time
// checks that keep a reference from ever pointing to an absent article.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/regulation/legal_document.h"
#include "generators/regulation/regulation.h"
#include "generators/template/template.h"
#include "programme_test_support.h"

namespace fd::gen {
namespace {

using namespace programme_testing;

const std::string kDocument =
    "<document>\n"
    "  <article-label key=\"regulation.article.label\"/>\n"
    "  <reference-label key=\"regulation.reference.label\"/>\n"
    "</document>\n";

std::string regulationTemplate(const std::string& body, const std::string& document = kDocument) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<template kind=\"regulation\">\n" + document + "<body>\n" +
           body + "</body>\n</template>\n";
}

std::string article(const std::string& id, const std::string& headingKey, const std::string& content = "",
                    const std::string& condition = "") {
    return "<article id=\"" + id + "\"" + (condition.empty() ? "" : " if=\"" + condition + "\"") + ">\n" +
           "  <heading><msg key=\"" + headingKey + "\"/></heading>\n" + content + "</article>\n";
}

// A paragraph whose message refers to article `target` through its {article} argument.
std::string referenceTo(const std::string& target) {
    return "  <p><msg key=\"regulation.fr.scale.procedure\" article=\"#" + target + "\"/></p>\n";
}

tmpl::Template load(const std::string& xml, const std::string& lang = "en") {
    return tmpl::Template::fromString(xml, "regulation-test.xml", regulationVocabulary(), localizer(lang).messages());
}

doc::Document render(const std::string& xml, const Workspace& ws, const std::string& lang) {
    Diagnostics warnings;
    return generateRegulation(ws, localizer(lang), load(xml, lang), Edition{"TEST", date("2026-11-21")}, warnings);
}

std::vector<std::string> headings(const doc::Document& document) {
    std::vector<std::string> texts;
    forEachBlock(document.blocks, [&](const doc::Block& block) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) texts.push_back(plain(h->text));
    });
    return texts;
}

// The runs of the first paragraph.
doc::Inlines firstParagraph(const doc::Document& document) {
    for (const auto& block : document.blocks)
        if (const auto* p = std::get_if<doc::Paragraph>(&block)) return p->text;
    return {};
}

// A course of more than 500 hours makes `regulation.delegateElection` hold.
Workspace withLongCourse(Workspace ws) {
    Course course = ws.courses.front();
    course.id = "LONG";
    course.totalHours = Hours{59500};
    course.modules.clear();
    ws.courses.push_back(course);
    return ws;
}

std::string loadError(const std::string& xml) {
    try {
        load(xml);
    } catch (const tmpl::TemplateError& e) {
        return e.key();
    }
    return "";
}

TEST(RegulationArticles, AreNumberedInDocumentOrder) {
    const std::string xml = regulationTemplate(article("one", "regulation.fr.scope.heading") +
                                               article("two", "regulation.fr.safety.heading") +
                                               article("three", "regulation.fr.fire.heading"));
    EXPECT_EQ(headings(render(xml, frenchWorkspace(), "en")),
              (std::vector<std::string>{"Article\u00A01 – Purpose and scope",
                                        "Article\u00A02 – General health and safety rules",
                                        "Article\u00A03 – Fire safety and evacuation"}));
    EXPECT_EQ(headings(render(xml, frenchWorkspace(), "pt")).at(1),
              "Artigo\u00A02.º – Regras gerais de saúde e segurança");
}

TEST(RegulationArticles, SectionsBetweenArticlesAreNotNumbered) {
    const std::string xml = regulationTemplate(
        article("one", "regulation.fr.scope.heading") +
        "<section id=\"plain\"><heading><msg key=\"regulation.contents\"/></heading></section>\n" +
        article("two", "regulation.fr.safety.heading"));
    EXPECT_EQ(headings(render(xml, frenchWorkspace(), "en")),
              (std::vector<std::string>{"Article\u00A01 – Purpose and scope", "Contents",
                                        "Article\u00A02 – General health and safety rules"}));
    const tmpl::Template t = load(xml);
    ASSERT_EQ(t.sections().size(), 3u);
    EXPECT_TRUE(t.sections()[0].article);
    EXPECT_FALSE(t.sections()[1].article);
}

TEST(RegulationArticles, AnAbsentArticleLeavesNoGap) {
    const std::string xml =
        regulationTemplate(article("one", "regulation.fr.scope.heading") +
                           article("delegates", "regulation.fr.delegates.heading", "", "regulation.delegateElection") +
                           article("last", "regulation.fr.in_force.heading"));
    EXPECT_EQ(headings(render(xml, frenchWorkspace(), "en")),
              (std::vector<std::string>{"Article\u00A01 – Purpose and scope",
                                        "Article\u00A02 – Publication and entry into force"}));
    EXPECT_EQ(headings(render(xml, withLongCourse(frenchWorkspace()), "en")),
              (std::vector<std::string>{"Article\u00A01 – Purpose and scope",
                                        "Article\u00A02 – Election of trainee delegates",
                                        "Article\u00A03 – Publication and entry into force"}));
}

TEST(RegulationArticles, ForwardReferenceGivesTheTargetsNumberAndLinksToIt) {
    const std::string xml =
        regulationTemplate(article("first", "regulation.fr.scope.heading", referenceTo("target")) +
                           article("delegates", "regulation.fr.delegates.heading", "", "regulation.delegateElection") +
                           article("target", "regulation.fr.grievances.heading"));

    const doc::Inlines without = firstParagraph(render(xml, frenchWorkspace(), "fr"));
    EXPECT_EQ(plain(without),
              "Les rappels à l’ordre oraux du formateur ou de l’organisme ne sont pas des sanctions. Une sanction "
              "n’est prise qu’au terme de la procédure disciplinaire prévue à l’article\u00A02 et aux articles "
              "suivants.");
    const auto link = std::find_if(without.begin(), without.end(), [](const doc::Run& r) { return !r.link.empty(); });
    ASSERT_NE(link, without.end());
    EXPECT_EQ(link->text, "article\u00A02");
    EXPECT_EQ(link->link, "#target");

    // With the delegates' article present, the same reference follows the new number.
    const std::string with = plain(firstParagraph(render(xml, withLongCourse(frenchWorkspace()), "en")));
    EXPECT_NE(with.find("laid down in Article\u00A03 and the following articles"), std::string::npos) << with;
}

TEST(RegulationArticles, TheReferencedArticleCarriesTheAnchor) {
    const std::string xml = regulationTemplate(article("first", "regulation.fr.scope.heading", referenceTo("target")) +
                                               article("target", "regulation.fr.grievances.heading"));
    EXPECT_EQ(headingAnchors(render(xml, frenchWorkspace(), "en").blocks),
              (std::vector<std::string>{"first", "target"}));
}

TEST(RegulationArticles, ConditionalTargetMayBeReferredToUnderTheSameCondition) {
    const std::string guarded = "<if test=\"regulation.delegateElection\">\n" + referenceTo("delegates") + "</if>\n";
    const std::string xml =
        regulationTemplate(article("first", "regulation.fr.scope.heading", guarded) +
                           article("delegates", "regulation.fr.delegates.heading", "", "regulation.delegateElection"));
    EXPECT_EQ(loadError(xml), "");
    EXPECT_NE(plain(firstParagraph(render(xml, withLongCourse(frenchWorkspace()), "en"))).find("Article\u00A02"),
              std::string::npos);
    // Without the condition, the sentence that names the article disappears with it.
    EXPECT_EQ(headings(render(xml, frenchWorkspace(), "en")).size(), 1u);
}

TEST(RegulationArticles, ReferenceOutsideTheTargetsConditionIsRejected) {
    const std::string xml =
        regulationTemplate(article("first", "regulation.fr.scope.heading", referenceTo("delegates")) +
                           article("delegates", "regulation.fr.delegates.heading", "", "regulation.delegateElection"));
    EXPECT_EQ(loadError(xml), "diag.template.conditional_reference");
}

TEST(RegulationArticles, ReferenceMustNameAnArticle) {
    EXPECT_EQ(loadError(regulationTemplate(article("first", "regulation.fr.scope.heading", referenceTo("nowhere")))),
              "diag.template.unknown_article");
    const std::string toSection =
        regulationTemplate(article("first", "regulation.fr.scope.heading", referenceTo("plain")) +
                           "<section id=\"plain\"><heading><msg key=\"regulation.contents\"/></heading></section>\n");
    EXPECT_EQ(loadError(toSection), "diag.template.unknown_article");
}

TEST(RegulationArticles, LabelsAreRequiredWhereUsed) {
    const std::string referenceOnly = "<document><article-label key=\"regulation.article.label\"/></document>\n";
    EXPECT_EQ(loadError(regulationTemplate(article("a", "regulation.fr.scope.heading"), "")),
              "diag.template.missing_element");
    EXPECT_EQ(loadError(regulationTemplate(article("a", "regulation.fr.scope.heading", referenceTo("a")), referenceOnly)),
              "diag.template.missing_element");
    // A label message may only take its own arguments.
    const std::string wrongLabel = "<document><article-label key=\"regulation.reference.label\"/>"
                                   "<reference-label key=\"regulation.article.label\"/></document>\n";
    EXPECT_EQ(loadError(regulationTemplate(article("a", "regulation.fr.scope.heading"), wrongLabel)),
              "diag.template.unbound_argument");
}

TEST(RegulationArticles, AnArticleWithAnEmptyTitleKeepsItsNumber) {
    Workspace ws = frenchWorkspace();
    ws.organisation.tradeName.clear();
    const std::string untitled = "<article id=\"untitled\"><heading><field path=\"organisation.tradeName\"/></heading>"
                                 "</article>\n";
    const std::string xml = regulationTemplate(untitled + article("next", "regulation.fr.fines.heading"));
    const std::vector<std::string> texts = headings(render(xml, ws, "en"));
    ASSERT_EQ(texts.size(), 2u);
    EXPECT_EQ(texts[0].substr(0, std::string("Article\u00A01").size()), "Article\u00A01");
    EXPECT_EQ(texts[1], "Article\u00A02 – No fines");
}

TEST(RegulationArticles, AnArticleStartsWithItsHeading) {
    const std::string headless = "<article id=\"a\"><p><msg key=\"regulation.fr.fines.ban\"/></p>"
                                 "<heading><msg key=\"regulation.fr.fines.heading\"/></heading></article>\n";
    EXPECT_EQ(loadError(regulationTemplate(headless)), "diag.template.missing_element");
}

}  // namespace
}  // namespace fd::gen
