// <document><page>: orientation, margins and frame of the pages, for documents the default A4
// portrait does not suit (certificates). Checked when loading, carried into Rendered::page.
#include <string>

#include <gtest/gtest.h>

#include "generators/programme/programme.h"
#include "generators/template/schema.h"
#include "generators/template/template.h"
#include "programme_test_support.h"

namespace fd::tmpl {
namespace {

using programme_testing::localizer;

// The <page> element is on line 4.
std::string withPage(const std::string& page) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<template kind=\"programme\">\n"
           "<document>\n" +
           page +
           "\n</document>\n"
           "<body><section id=\"s\"><p><field path=\"course.id\"/></p></section></body>\n"
           "</template>\n";
}

// A kind of its own with one root, so that these tests follow only the <page> element.
const Vocabulary& vocabulary() {
    static const Vocabulary instance{"programme", {{"course", Type::recordOf(schema().course)}}};
    return instance;
}

Template load(const std::string& xml) {
    return Template::fromString(xml, "page.xml", vocabulary(), localizer("en").messages());
}

doc::PageSetup rendered(const Template& t) {
    const Workspace ws = programme_testing::frenchWorkspace();
    Bindings roots;
    roots.push("course", courseValue(ws.courses.front()));
    Diagnostics warnings;
    gen::TextPicker picker("en", "fr", warnings);
    RenderContext context{localizer("en"), picker, EvalEnv{&ws, &localizer("en"), Date{}}};
    return t.render(roots, context).page;
}

void expectError(const std::string& page, const std::string& key) {
    try {
        load(withPage(page));
        ADD_FAILURE() << "no TemplateError for " << page;
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.key(), key) << e.what();
        EXPECT_EQ(e.line(), 4) << e.what();
    }
}

TEST(TemplatePage, DefaultsToThePortraitPageWithoutFrame) {
    const doc::PageSetup page = rendered(load(withPage("")));
    const doc::PageSetup expected;
    EXPECT_EQ(page.orientation, doc::Orientation::Portrait);
    EXPECT_FALSE(page.frame);
    EXPECT_EQ(page.marginTop, expected.marginTop);
    EXPECT_EQ(page.marginLeft, expected.marginLeft);
}

TEST(TemplatePage, SetsOrientationFrameAndMargins) {
    const doc::PageSetup page = rendered(load(withPage(
        "<page orientation=\"landscape\" frame=\"true\" margin-top=\"74\" margin-bottom=\"60\" margin-left=\"78\" "
        "margin-right=\"80\"/>")));
    EXPECT_EQ(page.orientation, doc::Orientation::Landscape);
    EXPECT_TRUE(page.frame);
    EXPECT_EQ(page.marginTop, 74);
    EXPECT_EQ(page.marginBottom, 60);
    EXPECT_EQ(page.marginLeft, 78);
    EXPECT_EQ(page.marginRight, 80);
}

TEST(TemplatePage, RejectsWhatItCannotDo) {
    expectError("<page orientation=\"sideways\"/>", "diag.template.bad_value");
    expectError("<page frame=\"maybe\"/>", "diag.template.bad_value");
    expectError("<page margin-top=\"0\"/>", "diag.template.bad_value");
    expectError("<page margin-left=\"400\"/>", "diag.template.bad_value");
    expectError("<page columns=\"2\"/>", "diag.template.unknown_attribute");
    expectError("<page><title/></page>", "diag.template.unknown_element");
    expectError("<page/><page/>", "diag.template.duplicate_element");
}

TEST(TemplatePage, TheProgrammeGeneratorHonoursIt) {
    const std::string xml = withPage("<page orientation=\"landscape\"/>");
    const Template t = Template::fromString(xml, "page.xml", gen::programmeVocabulary(), localizer("en").messages());
    const Workspace ws = programme_testing::frenchWorkspace();
    const auto results = gen::LatestCourseResults::compute(ws, programme_testing::date("2026-11-21"));
    Diagnostics warnings;
    const doc::Document document =
        gen::generateProgramme(ws, ws.courses.front(), localizer("en"), t, results, warnings);
    EXPECT_EQ(document.page.orientation, doc::Orientation::Landscape);
}

}  // namespace
}  // namespace fd::tmpl
