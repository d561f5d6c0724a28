// Which requirements a regulation template covers and which ones a workspace's regulation must
// cover (generators/regulation/coverage.h), the API `formadoc check` relies on.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/regulation/coverage.h"
#include "generators/regulation/legal_facts.h"
#include "generators/regulation/regulation.h"
#include "programme_test_support.h"

namespace fd::gen {
namespace {

using namespace programme_testing;

std::vector<std::string> ids(const std::string& prefix, std::initializer_list<int> numbers) {
    std::vector<std::string> out;
    for (int n : numbers) out.push_back(prefix + (n < 10 ? "0" : "") + std::to_string(n));
    return out;
}

bool contains(const std::vector<std::string>& all, const std::vector<std::string>& some) {
    return std::all_of(some.begin(), some.end(),
                       [&](const std::string& id) { return std::find(all.begin(), all.end(), id) != all.end(); });
}

bool containsNone(const std::vector<std::string>& all, const std::vector<std::string>& some) {
    return std::none_of(some.begin(), some.end(),
                        [&](const std::string& id) { return std::find(all.begin(), all.end(), id) != all.end(); });
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

tmpl::Template defaultTemplate(const Workspace& ws) {
    return loadRegulationTemplate(kSourceDir, ws, localizer("en").messages());
}

Workspace withCourseOf(Workspace ws, int64_t hundredths) {
    Course course = ws.courses.front();
    course.id = "LONG";
    course.totalHours = Hours{hundredths};
    ws.courses.push_back(course);
    return ws;
}

TEST(RegulationCoverage, DelegateElectionStartsAboveFiveHundredHours) {
    Course course;
    course.totalHours = Hours{50000};
    EXPECT_FALSE(needsDelegateElection(course));
    course.totalHours = Hours{50001};
    EXPECT_TRUE(needsDelegateElection(course));
}

TEST(RegulationCoverage, FrenchMandatoryItemsFollowTheWorkspace) {
    const std::vector<std::string> delegates = ids("FR-RI-", {16, 17, 18, 19, 20});
    const std::vector<std::string> cfa = ids("FR-RI-", {12, 23});

    Workspace ws = frenchWorkspace();
    std::vector<std::string> mandatory = mandatoryRegulationRequirements(ws);
    EXPECT_TRUE(contains(mandatory, ids("FR-RI-", {1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 21})));
    EXPECT_TRUE(containsNone(mandatory, delegates));
    EXPECT_TRUE(containsNone(mandatory, cfa));
    EXPECT_TRUE(containsNone(mandatory, ids("FR-RI-", {3, 22, 24})));   // recommended only
    EXPECT_TRUE(std::is_sorted(mandatory.begin(), mandatory.end()));

    EXPECT_TRUE(containsNone(mandatoryRegulationRequirements(withCourseOf(ws, 50000)), delegates));
    EXPECT_TRUE(contains(mandatoryRegulationRequirements(withCourseOf(ws, 59500)), delegates));

    ws.organisation.policies.isCfa = true;
    EXPECT_TRUE(contains(mandatoryRegulationRequirements(ws), cfa));
    EXPECT_EQ(recommendedRegulationRequirements(ws), ids("FR-RI-", {3, 22, 24}));
}

TEST(RegulationCoverage, PortugueseMandatoryItemsFollowTheWorkspace) {
    Workspace ws = portugueseWorkspace();   // one paid, face-to-face course
    std::vector<std::string> mandatory = mandatoryRegulationRequirements(ws);
    EXPECT_TRUE(contains(mandatory, ids("PT-REG-", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12})));
    EXPECT_TRUE(containsNone(mandatory, ids("PT-REG-", {15})));

    ws.courses.front().prices.clear();
    ws.courses.front().deliveryMode = DeliveryMode::Blended;
    mandatory = mandatoryRegulationRequirements(ws);
    EXPECT_TRUE(containsNone(mandatory, ids("PT-REG-", {6})));
    EXPECT_TRUE(contains(mandatory, ids("PT-REG-", {15})));

    // A distance session of a face-to-face course is distance learning too.
    ws.courses.front().deliveryMode = DeliveryMode::Presential;
    ws.sessions.front().mode = DeliveryMode::Distance;
    EXPECT_TRUE(contains(mandatoryRegulationRequirements(ws), ids("PT-REG-", {15})));
    EXPECT_EQ(recommendedRegulationRequirements(ws), ids("PT-REG-", {11, 13, 14, 16}));
}

TEST(RegulationCoverage, DefaultTemplatesCoverEveryItemOfTheirJurisdiction) {
    Workspace fr = withCourseOf(frenchWorkspace(), 59500);
    fr.organisation.policies.isCfa = true;
    const std::vector<std::string> frCovered = regulationRequirementCoverage(defaultTemplate(fr));
    std::vector<std::string> everyFrItem;
    for (int n = 1; n <= 24; ++n) everyFrItem.push_back(ids("FR-RI-", {n}).front());
    EXPECT_TRUE(contains(frCovered, everyFrItem));
    EXPECT_TRUE(missingRegulationRequirements(defaultTemplate(fr), fr).empty());

    Workspace pt = portugueseWorkspace();
    pt.courses.front().deliveryMode = DeliveryMode::Blended;
    const std::vector<std::string> ptCovered = regulationRequirementCoverage(defaultTemplate(pt));
    std::vector<std::string> everyPtItem;
    for (int n = 1; n <= 16; ++n) everyPtItem.push_back(ids("PT-REG-", {n}).front());
    EXPECT_TRUE(contains(ptCovered, everyPtItem));
    EXPECT_TRUE(missingRegulationRequirements(defaultTemplate(pt), pt).empty());
}

TEST(RegulationCoverage, AWorkspaceTemplateWithoutAnArticleLosesItsRequirement) {
    // The workspace's own copy of the French template, without the article banning fines.
    const std::string original = slurp(kSourceDir + "/templates/regulation/fr.xml");
    const std::regex noFines("<article id=\"no-fines\"[^>]*>[\\s\\S]*?</article>");
    ASSERT_TRUE(std::regex_search(original, noFines));
    ScratchDir workspace;
    workspace.write("templates/regulation/fr.xml", std::regex_replace(original, noFines, ""));

    Workspace ws = frenchWorkspace();
    ws.root = workspace.path();
    const tmpl::Template customised = defaultTemplate(ws);
    EXPECT_EQ(customised.file(), workspace.path() + "/templates/regulation/fr.xml");
    const std::vector<std::string> covered = regulationRequirementCoverage(customised);
    EXPECT_TRUE(containsNone(covered, {"FR-RI-09"}));
    EXPECT_TRUE(contains(covered, {"FR-RI-07", "FR-RI-08", "FR-RI-10"}));
    EXPECT_EQ(missingRegulationRequirements(customised, ws), (std::vector<std::string>{"FR-RI-09"}));
}

}  // namespace
}  // namespace fd::gen
