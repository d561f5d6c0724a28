// The templates in use against the requirements: the shipped programme and regulation templates
// cover what the jurisdiction requires; a workspace override that dropped a section is reported
// under the requirement IDs that section declared, as a gap of the right weight.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "check_test_support.h"
#include "generators/catalogue/catalogue_template.h"
#include "generators/check/template_coverage.h"
#include "generators/check/template_rules.h"
#include "generators/programme/programme.h"
#include "generators/regulation/coverage.h"
#include "generators/regulation/regulation.h"

namespace fd::check {
namespace {

using namespace check_testing;
using programme_testing::ScratchDir;
using programme_testing::kSourceDir;

const i18n::Catalogue& messages() { return programme_testing::localizer("en").messages(); }

TemplateCoverage programmeCoverage(const Workspace& ws) {
    const tmpl::Template loaded = gen::loadProgrammeTemplate(kSourceDir, ws, messages());
    return coverageOf(loaded, DocumentKind::Programme, displayedTemplatePath(loaded.file(), ws.root));
}

TemplateCoverage catalogueCoverage(const Workspace& ws) {
    const tmpl::Template loaded = gen::loadCatalogueTemplate(kSourceDir, ws, messages());
    return coverageOf(loaded, DocumentKind::Catalogue, displayedTemplatePath(loaded.file(), ws.root));
}

TemplateCoverage regulationCoverage(const Workspace& ws) {
    const tmpl::Template loaded = gen::loadRegulationTemplate(kSourceDir, ws, messages());
    RequiredIds required{gen::mandatoryRegulationRequirements(ws), gen::recommendedRegulationRequirements(ws)};
    return coverageOf(loaded, DocumentKind::Regulation, displayedTemplatePath(loaded.file(), ws.root),
                      std::move(required));
}

const std::string kShippedFrench = kSourceDir + "/templates/programme/fr.xml";

// The shipped template without the section(s) that declare `id`, as a workspace override would
// be after someone deleted them. Sections are found by what they declare, not by their names,
// which the template's authors are free to change.
std::string withoutSectionDeclaring(const std::string& shipped, const std::string& id) {
    std::string xml = readTextFile(shipped);
    size_t removed = 0;
    for (size_t start = xml.find("<section "); start != std::string::npos; start = xml.find("<section ", start)) {
        const size_t tagEnd = xml.find('>', start);
        const std::string tag = xml.substr(start, tagEnd - start);
        const size_t attribute = tag.find("requires=\"");
        const size_t valueStart = attribute + 10;
        const std::string declared =
            attribute == std::string::npos
                ? std::string()
                : " " + tag.substr(valueStart, tag.find('"', valueStart) - valueStart) + " ";
        if (declared.find(" " + id + " ") == std::string::npos) {
            start = tagEnd;
            continue;
        }
        const size_t end = xml.find("</section>", start) + std::string("</section>").size();
        xml.erase(start, end - start);
        ++removed;
    }
    EXPECT_GT(removed, 0u) << id;
    return xml;
}

// The shipped template with `id` deleted from the `requires` of every section.
std::string withoutDeclaration(const std::string& shipped, const std::string& id) {
    std::string xml = readTextFile(shipped);
    size_t removed = 0;
    for (size_t at = xml.find(id); at != std::string::npos; at = xml.find(id, at)) {
        const bool spaceBefore = at > 0 && xml[at - 1] == ' ';
        xml.erase(spaceBefore ? at - 1 : at, id.size() + (spaceBefore ? 1 : 0));
        ++removed;
    }
    EXPECT_GT(removed, 0u) << id;
    return xml;
}

TEST(CheckTemplates, ShippedTemplatesCoverWhatEachJurisdictionRequires) {
    for (Workspace ws : {completeFrenchWorkspace(), completePortugueseWorkspace()}) {
        const AuditReport report = audit(ws, {programmeCoverage(ws), catalogueCoverage(ws), regulationCoverage(ws)});
        EXPECT_TRUE(report.findings().empty()) << describe(report);
        const std::string prefix = ws.organisation.jurisdiction == Jurisdiction::FR ? "FR-" : "PT-";
        EXPECT_TRUE(assessed(report, prefix + (prefix == "FR-" ? "RI-01" : "REG-01")));
    }
}

TEST(CheckTemplates, AnOverrideWithoutThePrerequisitesSectionIsAMandatoryGap) {
    ScratchDir dir;
    Workspace ws = completeFrenchWorkspace();
    ws.root = dir.path();
    dir.write("templates/programme/fr.xml", withoutSectionDeclaring(kShippedFrench, "FR-PROG-03"));
    const AuditReport report = audit(ws, {programmeCoverage(ws)});
    const auto found = findingsOf(report, "FR-PROG-03");
    ASSERT_EQ(found.size(), 1u) << describe(report);
    EXPECT_EQ(found.front()->severity, Severity::Mandatory);
    EXPECT_EQ(found.front()->status, Status::Missing);
    EXPECT_EQ(found.front()->courseId, "");
    EXPECT_EQ(found.front()->evidence.file, "templates/programme/fr.xml");
    EXPECT_EQ(found.front()->detailKey, "check.detail.template_section_missing");
    EXPECT_TRUE(report.hasMandatoryGap());
    // Nothing else: the course data is complete, whatever other items that section printed.
    for (const Assessment* a : report.findings()) EXPECT_EQ(a->evidence.file, "templates/programme/fr.xml");
}

TEST(CheckTemplates, ADroppedSectionMattersOnlyWhenItsCaseHolds) {
    ScratchDir dir;
    Workspace ws = completeFrenchWorkspace();   // face-to-face only
    ws.root = dir.path();
    dir.write("templates/programme/fr.xml", withoutDeclaration(kShippedFrench, "FR-PROG-15"));
    EXPECT_TRUE(audit(ws, {programmeCoverage(ws)}).findings().empty());

    ws.courses.front().deliveryMode = DeliveryMode::Distance;
    const AuditReport report = audit(ws, {programmeCoverage(ws)});
    const auto found = findingsOf(report, "FR-PROG-15");
    ASSERT_EQ(found.size(), 1u) << describe(report);
    EXPECT_EQ(found.front()->severity, Severity::Conditional);
    EXPECT_TRUE(report.hasMandatoryGap());
}

TEST(CheckTemplates, ADroppedRecommendedSectionIsARecommendation) {
    ScratchDir dir;
    Workspace ws = completeFrenchWorkspace();
    ws.root = dir.path();
    dir.write("templates/programme/fr.xml", withoutDeclaration(kShippedFrench, "FR-PROG-02"));
    const AuditReport report = audit(ws, {programmeCoverage(ws)});
    const auto found = findingsOf(report, "FR-PROG-02");
    ASSERT_EQ(found.size(), 1u) << describe(report);
    EXPECT_EQ(found.front()->severity, Severity::Recommended);
    EXPECT_FALSE(report.hasMandatoryGap());
}

TEST(CheckTemplates, AnItemNoWorkspaceFieldDecidesIsCitedButNotAskedFor) {
    // Whether contracts are signed with private individuals (FR-PROG-26/27) is not in the data.
    ScratchDir dir;
    Workspace ws = completeFrenchWorkspace();
    ws.root = dir.path();
    const AuditReport shipped = audit(ws, {programmeCoverage(ws)});
    EXPECT_TRUE(assessed(shipped, "FR-PROG-26"));
    dir.write("templates/programme/fr.xml", withoutDeclaration(kShippedFrench, "FR-PROG-26"));
    const AuditReport report = audit(ws, {programmeCoverage(ws)});
    EXPECT_TRUE(report.findings().empty()) << describe(report);
    EXPECT_FALSE(assessed(report, "FR-PROG-26"));
}

TEST(CheckTemplates, TheRegulationGeneratorDecidesWhatItsTemplateNeeds) {
    Workspace ws = completeFrenchWorkspace();
    TemplateCoverage coverage;
    coverage.document = DocumentKind::Regulation;
    coverage.file = "templates/regulation/fr.xml";
    coverage.requirementIds = {"FR-RI-01"};
    coverage.sections = {tmpl::SectionInfo{"scope", {"FR-RI-01"}, "", 12}};
    coverage.required = RequiredIds{{"FR-RI-01", "FR-RI-16"}, {"FR-RI-22"}};
    const AuditReport report = audit(ws, {coverage});

    ASSERT_TRUE(findingsOf(report, "FR-RI-01").empty()) << describe(report);
    const auto delegates = findingsOf(report, "FR-RI-16");
    ASSERT_EQ(delegates.size(), 1u) << describe(report);
    EXPECT_EQ(delegates.front()->severity, Severity::Conditional);   // a C item of the spec
    EXPECT_EQ(findRequirement("FR-RI-16")->indicators, (std::vector<int>{9}));
    const auto complaints = findingsOf(report, "FR-RI-22");
    ASSERT_EQ(complaints.size(), 1u);
    EXPECT_EQ(complaints.front()->severity, Severity::Recommended);

    // The OK item cites the section that covers it, and the regulation as its document.
    for (const Assessment& a : report.assessments)
        if (a.requirementId == "FR-RI-01") {
            EXPECT_EQ(a.evidence.sections, (std::vector<std::string>{"scope"}));
            EXPECT_EQ(a.evidence.line, 12);
            EXPECT_EQ(a.evidence.document, gen::regulationFileName("fr"));
        }
}

TEST(CheckTemplates, EveryRequirementTheGeneratorsNameIsInTheRegistry) {
    std::vector<std::string> ids;
    for (Workspace ws : {completeFrenchWorkspace(), completePortugueseWorkspace()}) {
        ws.courses.front().totalHours = Hours{60000};   // long course: delegates
        ws.organisation.policies.isCfa = true;
        for (const auto& list : {gen::mandatoryRegulationRequirements(ws), gen::recommendedRegulationRequirements(ws),
                                 programmeCoverage(ws).requirementIds, catalogueCoverage(ws).requirementIds,
                                 regulationCoverage(ws).requirementIds})
            ids.insert(ids.end(), list.begin(), list.end());
    }
    ASSERT_GT(ids.size(), 50u);
    for (const std::string& id : ids) EXPECT_NE(findRequirement(id), nullptr) << id;
}

TEST(CheckTemplates, DisplayedPathIsRelativeOnlyInsideTheWorkspace) {
    EXPECT_EQ(displayedTemplatePath("/ws/templates/programme/fr.xml", "/ws"), "templates/programme/fr.xml");
    EXPECT_EQ(displayedTemplatePath("/usr/share/formadoc/templates/programme/fr.xml", "/ws"),
              "/usr/share/formadoc/templates/programme/fr.xml");
    EXPECT_EQ(displayedTemplatePath("/ws/t.xml", ""), "/ws/t.xml");
}

}  // namespace
}  // namespace fd::check
