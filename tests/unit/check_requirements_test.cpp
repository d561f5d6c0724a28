// The requirements registry: well-formed unique IDs in the spec's order, levels and conditions
// as the spec gives them, and a title in every language for each requirement, indicator and
// family the reports print.
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "generators/check/applicability.h"
#include "generators/check/requirements.h"
#include "i18n/i18n.h"
#include "check_test_support.h"

namespace fd::check {
namespace {

using namespace check_testing;

TEST(CheckRequirements, IdsAreUniqueWellFormedAndFindable) {
    const std::regex shape("(FR-(PROG|CAT|RES|RI|FMT)|PT-(PROG|REG|FMT)|EN)-[0-9]{2}");
    std::set<std::string> seen;
    for (size_t i = 0; i < requirements().size(); ++i) {
        const Requirement& r = requirements()[i];
        EXPECT_TRUE(std::regex_match(r.id, shape)) << r.id;
        EXPECT_TRUE(seen.insert(r.id).second) << "duplicate " << r.id;
        EXPECT_EQ(findRequirement(r.id), &r);
        EXPECT_EQ(registryOrder(r.id), i);
        EXPECT_FALSE(r.documents.empty()) << r.id;
        for (int indicator : r.indicators) EXPECT_TRUE(indicator >= 1 && indicator <= 32) << r.id;
        if (r.level == Level::Conditional) {
            EXPECT_NE(r.condition, Condition::None) << r.id;
        }
    }
    EXPECT_EQ(findRequirement("FR-PROG-99"), nullptr);
    EXPECT_EQ(registryOrder("FR-PROG-99"), requirements().size());
    EXPECT_EQ(findRequirement("FR-PROG-03")->family(), "FR-PROG");
    EXPECT_EQ(findRequirement("EN-02")->family(), "EN");
}

TEST(CheckRequirements, LevelsAndIndicatorsFollowTheSpec) {
    struct Expected { const char* id; Level level; std::vector<int> indicators; };
    const Expected expected[] = {
        {"FR-PROG-02", Level::Recommended, {1}},   {"FR-PROG-03", Level::Mandatory, {1}},
        {"FR-PROG-04", Level::Mandatory, {1, 5}},  {"FR-PROG-12", Level::Mandatory, {1, 8, 11}},
        {"FR-PROG-13", Level::Mandatory, {1, 26}}, {"FR-PROG-15", Level::Conditional, {1}},
        {"FR-PROG-19", Level::Conditional, {3}},   {"FR-PROG-20", Level::Mandatory, {2}},
        {"FR-RES-01", Level::Mandatory, {2}},      {"FR-CAT-03", Level::Recommended, {31}},
        {"FR-RI-23", Level::Conditional, {15, 20}}, {"PT-PROG-11", Level::Recommended, {}},
        {"PT-REG-06", Level::Conditional, {}},     {"PT-FMT-04", Level::Conditional, {}},
    };
    for (const Expected& e : expected) {
        const Requirement* r = findRequirement(e.id);
        ASSERT_NE(r, nullptr) << e.id;
        EXPECT_EQ(r->level, e.level) << e.id;
        EXPECT_EQ(r->indicators, e.indicators) << e.id;
    }
}

TEST(CheckRequirements, EveryTitleIndicatorAndFamilyHasItsMessage) {
    for (const std::string lang : {"en", "fr", "pt"}) {
        const i18n::Catalogue& messages = programme_testing::localizer(lang).messages();
        for (const Requirement& r : requirements()) {
            EXPECT_TRUE(messages.has(r.titleKey)) << lang << ": " << r.titleKey;
            for (int indicator : r.indicators)
                EXPECT_TRUE(messages.has("check.indicator." + std::to_string(indicator))) << lang << ": " << indicator;
            if (r.indicators.empty()) {
                std::string key = "check.family." + r.family();
                for (char& c : key) c = c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                EXPECT_TRUE(messages.has(key)) << lang << ": " << key;
            }
        }
    }
}

TEST(CheckRequirements, ConditionsReadTheWorkspace) {
    Workspace ws = completeFrenchWorkspace();
    const Course& course = ws.courses.front();
    const Requirement& distance = *findRequirement("FR-PROG-15");
    EXPECT_EQ(applicability(distance, ws, &course), Applicability::NotApplicable);
    ws.sessions.front().mode = DeliveryMode::Blended;
    EXPECT_EQ(applicability(distance, ws, &ws.courses.front()), Applicability::Applies);
    EXPECT_EQ(applicability(distance, ws, nullptr), Applicability::Applies);   // some course

    // No workspace field says whether a contract is signed with a private individual.
    const Requirement& individual = *findRequirement("FR-PROG-22");
    EXPECT_EQ(applicability(individual, ws, &course), Applicability::Undetermined);
    EXPECT_EQ(gapSeverity(individual, Applicability::Undetermined), Severity::Recommended);
    EXPECT_EQ(gapSeverity(distance, Applicability::Applies), Severity::Conditional);
    EXPECT_EQ(gapSeverity(distance, Applicability::NotApplicable), std::nullopt);

    EXPECT_EQ(applicability(*findRequirement("EN-02"), ws, nullptr), Applicability::Applies);
    ws.organisation.languages = {"fr", "pt"};
    EXPECT_EQ(applicability(*findRequirement("EN-02"), ws, nullptr), Applicability::NotApplicable);
    EXPECT_EQ(applicability(*findRequirement("PT-PROG-01"), ws, nullptr), Applicability::NotApplicable);

    const Requirement& apprentices = *findRequirement("FR-RI-23");
    EXPECT_EQ(applicability(apprentices, ws, nullptr), Applicability::NotApplicable);
    ws.courses.front().nature = ActionNature::Apprenticeship;
    EXPECT_EQ(applicability(apprentices, ws, nullptr), Applicability::Applies);
}

}  // namespace
}  // namespace fd::check
