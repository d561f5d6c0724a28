// A workspace overrides a default template by holding its own copy at the same relative path:
// WORKSPACE/templates/<kind>/<name>.xml instead of DATA_DIR/templates/<kind>/<name>.xml.
#include <string>

#include <gtest/gtest.h>

#include "generators/programme/programme.h"
#include "generators/template/template.h"
#include "programme_test_support.h"

namespace fd::tmpl {
namespace {

using namespace programme_testing;

const std::string kOverride =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<template kind=\"programme\">\n"
    "<body>\n"
    "<section id=\"only\" requires=\"FR-PROG-01\"><heading level=\"1\"><field path=\"course.title\"/></heading></section>\n"
    "</body>\n"
    "</template>\n";

TEST(TemplateLocation, DefaultTemplateWhenTheWorkspaceHasNone) {
    ScratchDir workspace;
    EXPECT_EQ(locateTemplate(kSourceDir, workspace.path(), "programme", "fr"),
              kSourceDir + "/templates/programme/fr.xml");
}

TEST(TemplateLocation, WorkspaceCopyWins) {
    ScratchDir workspace;
    const std::string own = workspace.write("templates/programme/fr.xml", kOverride);
    EXPECT_EQ(locateTemplate(kSourceDir, workspace.path(), "programme", "fr"), own);
    // Only that template is overridden.
    EXPECT_EQ(locateTemplate(kSourceDir, workspace.path(), "programme", "pt"),
              kSourceDir + "/templates/programme/pt.xml");
}

TEST(TemplateLocation, NeitherCopyExists) {
    ScratchDir workspace, data;
    try {
        locateTemplate(data.path(), workspace.path(), "programme", "fr");
        ADD_FAILURE() << "no error";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.key(), "diag.template.not_found");
        EXPECT_EQ(e.args().at("path"), data.path() + "/templates/programme/fr.xml");
    }
}

TEST(TemplateLocation, ProgrammeGeneratorLoadsTheOverride) {
    ScratchDir dir;
    dir.write("templates/programme/fr.xml", kOverride);
    Workspace ws = frenchWorkspace();
    ws.root = dir.path();
    const Template t = gen::loadProgrammeTemplate(kSourceDir, ws, localizer("fr").messages());
    EXPECT_EQ(t.file(), dir.path() + "/templates/programme/fr.xml");
    EXPECT_EQ(t.requirementIds(), (std::vector<std::string>{"FR-PROG-01"}));
}

TEST(TemplateLocation, ErrorsInAnOverrideNameTheOverride) {
    ScratchDir dir;
    std::string broken = kOverride;
    broken.replace(broken.find("course.title"), 12, "course.titre");
    const std::string own = dir.write("templates/programme/fr.xml", broken);
    Workspace ws = frenchWorkspace();
    ws.root = dir.path();
    try {
        gen::loadProgrammeTemplate(kSourceDir, ws, localizer("fr").messages());
        ADD_FAILURE() << "no error";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.file(), own);
        EXPECT_EQ(e.line(), 4);
        EXPECT_EQ(e.key(), "diag.template.unknown_field");
    }
}

TEST(TemplateLocation, PortugueseEntitiesUseThePortugueseTemplate) {
    EXPECT_EQ(gen::programmeTemplateName(frenchWorkspace().organisation), "fr");
    EXPECT_EQ(gen::programmeTemplateName(portugueseWorkspace().organisation), "pt");
}

}  // namespace
}  // namespace fd::tmpl
