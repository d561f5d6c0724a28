// Each rule of the compliance check on hand-built workspaces: the complete workspace gives no
// finding; removing or breaking one item gives a finding with the right requirement ID,
// severity, status, Qualiopi indicators and field.
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "check_test_support.h"
#include "generators/check/requirements.h"

namespace fd::check {
namespace {

using namespace check_testing;

struct RuleCase {
    std::string name;
    std::function<void(Workspace&)> breakIt;
    std::string id;
    std::string courseId;         // "" for the organisation
    Severity severity;
    Status status;
    std::string field;            // the evidence field, "" to skip
    std::vector<int> indicators;  // of the requirement, as the registry says
};

void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }

Course& course(Workspace& ws) { return ws.courses.front(); }

class FrenchRule : public ::testing::TestWithParam<RuleCase> {};
class PortugueseRule : public ::testing::TestWithParam<RuleCase> {};

void expectFinding(Workspace ws, const RuleCase& c) {
    c.breakIt(ws);
    const AuditReport report = audit(ws);
    const auto found = findingsOf(report, c.id);
    ASSERT_FALSE(found.empty()) << c.id << " not reported; findings:" << describe(report);
    const Assessment& a = *found.front();
    EXPECT_EQ(a.courseId, c.courseId);
    EXPECT_EQ(a.severity, c.severity) << describe(report);
    EXPECT_EQ(a.status, c.status) << describe(report);
    if (!c.field.empty()) {
        EXPECT_EQ(a.evidence.field, c.field) << describe(report);
    }
    EXPECT_FALSE(a.evidence.file.empty());
    EXPECT_EQ(findRequirement(c.id)->indicators, c.indicators);
    const bool blocking = c.severity == Severity::Mandatory || c.severity == Severity::Conditional;
    EXPECT_EQ(report.hasMandatoryGap(), blocking) << describe(report);
}

TEST(CheckRules, CompleteWorkspacesHaveNoFinding) {
    const AuditReport fr = audit(completeFrenchWorkspace());
    EXPECT_TRUE(fr.findings().empty()) << describe(fr);
    EXPECT_FALSE(fr.hasMandatoryGap());
    EXPECT_GT(fr.assessments.size(), 30u);
    const AuditReport pt = audit(completePortugueseWorkspace());
    EXPECT_TRUE(pt.findings().empty()) << describe(pt);
    EXPECT_GT(pt.assessments.size(), 30u);
}

TEST_P(FrenchRule, BreakingTheItemIsReported) { expectFinding(completeFrenchWorkspace(), GetParam()); }
TEST_P(PortugueseRule, BreakingTheItemIsReported) { expectFinding(completePortugueseWorkspace(), GetParam()); }

const std::string kC = "MGT-ENT";
const std::string kF = "course[MGT-ENT].";
const auto M = Severity::Mandatory;
const auto C = Severity::Conditional;
const auto R = Severity::Recommended;
const auto W = Severity::Warning;
const auto missing = Status::Missing;
const auto invalid = Status::Invalid;

INSTANTIATE_TEST_SUITE_P(
    Courses, FrenchRule,
    ::testing::Values(
        RuleCase{"title", [](Workspace& w) { course(w).title = {}; }, "FR-PROG-01", kC, M, missing, kF + "title", {1}},
        RuleCase{"title_only_in_english", [](Workspace& w) { course(w).title = text({{"en", "Managing"}}); },
                 "FR-PROG-01", kC, M, missing, kF + "title", {1}},
        RuleCase{"audience", [](Workspace& w) { course(w).audience = {}; }, "FR-PROG-02", kC, R, missing,
                 kF + "audience", {1}},
        RuleCase{"prerequisites_silent", [](Workspace& w) { course(w).noPrerequisites = false; }, "FR-PROG-03", kC,
                 M, missing, kF + "prerequisites", {1}},
        RuleCase{"objectives", [](Workspace& w) { course(w).objectives.clear(); }, "FR-PROG-04", kC, M, missing,
                 kF + "objectives", {1, 5}},
        RuleCase{"objective_not_in_french",
                 [](Workspace& w) { course(w).objectives[1] = text({{"en", "Set SMART objectives"}}); },
                 "FR-PROG-04", kC, M, missing, kF + "objectives[2]", {1, 5}},
        RuleCase{"modules", [](Workspace& w) { course(w).modules.clear(); }, "FR-PROG-05", kC, M, missing,
                 kF + "modules", {1, 6}},
        RuleCase{"module_title", [](Workspace& w) { course(w).modules[2].title = {}; }, "FR-PROG-05", kC, M, missing,
                 kF + "modules[3].title", {1, 6}},
        RuleCase{"hours", [](Workspace& w) { course(w).totalHours = Hours{0}; }, "FR-PROG-06", kC, M, missing,
                 kF + "hours", {1}},
        RuleCase{"access_modalities", [](Workspace& w) { course(w).accessModalities = {}; }, "FR-PROG-07", kC, M,
                 missing, kF + "access-modalities", {1}},
        RuleCase{"access_deadline", [](Workspace& w) { course(w).accessDeadline = {}; }, "FR-PROG-08", kC, M,
                 missing, kF + "access-deadline", {1}},
        RuleCase{"prices", [](Workspace& w) { course(w).prices.clear(); }, "FR-PROG-09", kC, M, missing,
                 kF + "prices", {1}},
        RuleCase{"methods", [](Workspace& w) { course(w).methods = {}; }, "FR-PROG-11", kC, M, missing,
                 kF + "methods", {1, 6, 17}},
        RuleCase{"means", [](Workspace& w) { course(w).means = {}; }, "FR-PROG-11", kC, M, missing, kF + "means",
                 {1, 6, 17}},
        RuleCase{"assessment", [](Workspace& w) { course(w).assessment = {}; }, "FR-PROG-12", kC, M, missing,
                 kF + "assessment", {1, 8, 11}},
        RuleCase{"accessibility", [](Workspace& w) { course(w).accessibility = {}; }, "FR-PROG-13", kC, M, missing,
                 kF + "accessibility", {1, 26}},
        RuleCase{"distance_course_without_support",
                 [](Workspace& w) {
                     course(w).deliveryMode = DeliveryMode::Blended;
                     course(w).distanceSupport = {};
                 },
                 "FR-PROG-15", kC, C, missing, kF + "distance-support", {1}},
        RuleCase{"distance_session_without_support",
                 [](Workspace& w) {
                     w.sessions.front().mode = DeliveryMode::Distance;
                     course(w).distanceSupport = {};
                 },
                 "FR-PROG-15", kC, C, missing, kF + "distance-support", {1}},
        RuleCase{"work_based_without_details",
                 [](Workspace& w) {
                     course(w).deliveryMode = DeliveryMode::WorkBased;
                     course(w).workBasedDetails = {};
                 },
                 "FR-PROG-16", kC, C, missing, kF + "work-based-details", {1}},
        RuleCase{"follow_up_means", [](Workspace& w) { course(w).followUpMeans = {}; }, "FR-PROG-17", kC, M,
                 missing, kF + "follow-up-means", {1}},
        RuleCase{"last_update", [](Workspace& w) { course(w).lastUpdate = {}; }, "FR-PROG-21", kC, M, missing,
                 kF + "last-update", {1}},
        RuleCase{"last_update_over_a_year_old", [](Workspace& w) { course(w).lastUpdate = date("2025-11-20"); },
                 "FR-PROG-21", kC, R, invalid, kF + "last-update", {1}},
        RuleCase{"trainer_profile", [](Workspace& w) { course(w).trainerProfile = {}; }, "FR-PROG-22", kC, R,
                 missing, kF + "trainer-profile", {1, 21}},
        RuleCase{"location", [](Workspace& w) { course(w).locations.clear(); }, "FR-PROG-24", kC, R, missing,
                 kF + "locations", {1}},
        RuleCase{"translation", [](Workspace& w) { course(w).methods.byLang.erase("en"); }, "FR-PROG-11", kC, R,
                 missing, kF + "methods", {1, 6, 17}},
        RuleCase{"category_not_certified",
                 [](Workspace& w) { course(w).nature = ActionNature::SkillsAssessment; }, "FR-FMT-04", kC, M,
                 invalid, kF + "nature", {}}));

// A certifying course: the registry's conditional items apply to it.
void makeCertifying(Workspace& w) {
    CertifyingData cert;
    cert.type = CertificationType::RNCP;
    cert.code = "RNCP35635";
    cert.title = text({{"fr", "Formateur professionnel d’adultes"}, {"en", "Adult trainer"}, {"pt", "Formador"}});
    cert.certifier = "Ministère du Travail";
    cert.registrationDate = date("2021-05-01");
    cert.blocks.push_back({"RNCP35635BC01", text({{"fr", "Préparer"}, {"en", "Prepare"}, {"pt", "Preparar"}})});
    for (LocalizedText* t : {&cert.equivalences, &cert.bridges, &cert.followUp, &cert.jobOutcomes})
        *t = text({{"fr", "Voir France compétences"}, {"en", "See France compétences"}, {"pt", "Ver"}});
    course(w).certification = cert;
    w.trainees.front().certification = CertificationResult::Obtained;
}

INSTANTIATE_TEST_SUITE_P(
    Certification, FrenchRule,
    ::testing::Values(
        RuleCase{"certifier",
                 [](Workspace& w) {
                     makeCertifying(w);
                     course(w).certification->certifier.clear();
                 },
                 "FR-PROG-18", kC, C, missing, kF + "certification.certifier", {1, 7}},
        RuleCase{"bridges",
                 [](Workspace& w) {
                     makeCertifying(w);
                     course(w).certification->bridges = {};
                 },
                 "FR-PROG-19", kC, C, missing, kF + "certification.bridges", {3}},
        RuleCase{"certification_results",
                 [](Workspace& w) {
                     makeCertifying(w);
                     w.trainees.front().certification = CertificationResult::NotPresented;
                 },
                 "FR-RES-05", kC, C, missing, "certification", {3}}));

INSTANTIATE_TEST_SUITE_P(
    Organisation, FrenchRule,
    ::testing::Values(
        RuleCase{"administrative_email", [](Workspace& w) { w.organisation.administrativeContact.email.clear(); },
                 "FR-PROG-10", "", M, missing, "contact[administrative].email", {1}},
        RuleCase{"pedagogical_contact", [](Workspace& w) { w.organisation.pedagogicalContact = {}; }, "FR-PROG-10",
                 "", M, missing, "contact[pedagogical]", {1}},
        RuleCase{"referent_phone", [](Workspace& w) { w.organisation.disabilityReferent.phone.clear(); },
                 "FR-PROG-13", "", M, missing, "contact[disability-referent].phone", {1, 26}},
        RuleCase{"referent", [](Workspace& w) { w.organisation.disabilityReferent = {}; }, "FR-PROG-13", "", M,
                 missing, "contact[disability-referent]", {1, 26}},
        RuleCase{"address", [](Workspace& w) { w.organisation.address.city.clear(); }, "FR-PROG-25", "", R, missing,
                 "city", {1}},
        RuleCase{"nda", [](Workspace& w) { w.organisation.nda.clear(); }, "FR-FMT-01", "", M, missing, "nda", {}},
        RuleCase{"nda_malformed", [](Workspace& w) { w.organisation.nda = "8469123"; }, "FR-FMT-01", "", M, invalid,
                 "nda", {}},
        RuleCase{"nda_region", [](Workspace& w) { w.organisation.ndaRegion.clear(); }, "FR-FMT-02", "", M, missing,
                 "nda.region", {}},
        RuleCase{"qualiopi_expired", [](Workspace& w) { w.organisation.qualiopi->validUntil = date("2026-11-20"); },
                 "FR-FMT-04", "", M, invalid, "qualiopi.valid-until", {}},
        RuleCase{"qualiopi_not_yet_valid",
                 [](Workspace& w) { w.organisation.qualiopi->validFrom = date("2026-12-01"); }, "FR-FMT-04", "", M,
                 invalid, "qualiopi.valid-from", {}},
        RuleCase{"qualiopi_expiring", [](Workspace& w) { w.organisation.qualiopi->validUntil = date("2026-12-21"); },
                 "FR-FMT-04", "", W, Status::Expiring, "qualiopi.valid-until", {}},
        RuleCase{"qualiopi_absent", [](Workspace& w) { w.organisation.qualiopi.reset(); }, "FR-FMT-04", "", R,
                 missing, "qualiopi", {}},
        RuleCase{"qualiopi_without_category", [](Workspace& w) { w.organisation.qualiopi->categories.clear(); },
                 "FR-FMT-04", "", M, missing, "qualiopi.category", {}},
        RuleCase{"portuguese_vat_regime", [](Workspace& w) { w.organisation.vatRegime = VatRegime::ExemptArt9PT; },
                 "FR-FMT-05", "", M, invalid, "vat.regime", {}},
        RuleCase{"liable_without_vat_number",
                 [](Workspace& w) {
                     w.organisation.vatRegime = VatRegime::Liable;
                     w.organisation.vatNumber.clear();
                 },
                 "FR-FMT-08", "", R, missing, "vat-number", {}},
        RuleCase{"siret_checksum", [](Workspace& w) { w.organisation.siret = "89317452400016"; }, "FR-FMT-08", "", R,
                 invalid, "siret", {}},
        RuleCase{"english_main_language", [](Workspace& w) { w.organisation.languages = {"en", "fr"}; },
                 "FR-FMT-09", "", M, invalid, "languages", {}},
        RuleCase{"refund_policy", [](Workspace& w) { w.organisation.policies.refundPolicy = {}; }, "FR-CAT-03", "",
                 R, missing, "policies.refund", {31}},
        RuleCase{"withdrawal_period", [](Workspace& w) { w.organisation.policies.withdrawalDays = 7; }, "FR-PROG-27",
                 "", R, invalid, "policies.withdrawal-days", {1}},
        RuleCase{"no_recent_results", [](Workspace& w) { w.trainees.clear(); }, "FR-RES-01", "", M, missing, "end",
                 {2}},
        RuleCase{"results_only_older_than_a_year",
                 [](Workspace& w) { w.sessions.back().end = date("2025-11-20"); }, "FR-RES-01", "", M, missing,
                 "end", {2}},
        RuleCase{"no_satisfaction_answer", [](Workspace& w) { w.trainees.front().satisfaction.reset(); },
                 "FR-RES-02", "", R, missing, "satisfaction", {2}}));

INSTANTIATE_TEST_SUITE_P(
    Entity, PortugueseRule,
    ::testing::Values(
        RuleCase{"title", [](Workspace& w) { course(w).title = {}; }, "PT-PROG-01", kC, M, missing, kF + "title", {}},
        RuleCase{"cnaef", [](Workspace& w) { course(w).cnaef.clear(); }, "PT-PROG-02", kC, M, missing, kF + "cnaef",
                 {}},
        RuleCase{"cnaef_not_certified", [](Workspace& w) { course(w).cnaef = "481"; }, "PT-PROG-02", kC, M, invalid,
                 kF + "cnaef", {}},
        RuleCase{"objectives", [](Workspace& w) { course(w).objectives.clear(); }, "PT-PROG-03", kC, M, missing,
                 kF + "objectives", {}},
        RuleCase{"training_type", [](Workspace& w) { course(w).trainingType = {}; }, "PT-PROG-05", kC, M, missing,
                 kF + "training-type", {}},
        RuleCase{"module_hours", [](Workspace& w) { course(w).modules[0].hours = Hours{0}; }, "PT-PROG-06", kC, M,
                 missing, kF + "modules[1].hours", {}},
        RuleCase{"hours", [](Workspace& w) { course(w).totalHours = Hours{0}; }, "PT-PROG-07", kC, M, missing,
                 kF + "hours", {}},
        RuleCase{"methods", [](Workspace& w) { course(w).methods = {}; }, "PT-PROG-08", kC, M, missing,
                 kF + "methods", {}},
        RuleCase{"assessment", [](Workspace& w) { course(w).assessment = {}; }, "PT-PROG-09", kC, M, missing,
                 kF + "assessment", {}},
        RuleCase{"means", [](Workspace& w) { course(w).means = {}; }, "PT-PROG-10", kC, M, missing, kF + "means", {}},
        RuleCase{"ufcd_code", [](Workspace& w) { course(w).modules[0].code = "349"; }, "PT-PROG-14", kC, C, invalid,
                 kF + "modules[1].code", {}},
        RuleCase{"dgert_expired", [](Workspace& w) { w.organisation.dgert->validUntil = date("2026-06-30"); },
                 "PT-FMT-01", "", M, invalid, "dgert.valid-until", {}},
        RuleCase{"dgert_absent", [](Workspace& w) { w.organisation.dgert.reset(); }, "PT-FMT-01", "", R, missing,
                 "dgert", {}},
        RuleCase{"french_main_language", [](Workspace& w) { w.organisation.languages = {"fr", "pt"}; },
                 "PT-FMT-03", "", M, invalid, "languages", {}},
        RuleCase{"french_vat_regime", [](Workspace& w) { w.organisation.vatRegime = VatRegime::ExemptTraining; },
                 "PT-FMT-04", "", M, invalid, "vat.regime", {}},
        RuleCase{"training_policy", [](Workspace& w) { w.organisation.policies.trainingPolicy = {}; }, "PT-REG-01",
                 "", M, missing, "policies.training-policy", {}},
        RuleCase{"refund_policy_of_paid_training",
                 [](Workspace& w) { w.organisation.policies.refundPolicy = {}; }, "PT-REG-06", "", C, missing,
                 "policies.refund", {}},
        RuleCase{"opening_hours", [](Workspace& w) { w.organisation.policies.openingHours = {}; }, "PT-REG-11", "",
                 R, missing, "policies.opening-hours", {}},
        RuleCase{"accessibility", [](Workspace& w) { course(w).accessibility = {}; }, "PT-REG-14", kC, R, missing,
                 kF + "accessibility", {}}));

TEST(CheckRules, ConditionalItemsOfACaseThatDoesNotHoldAreNotChecked) {
    Workspace ws = completeFrenchWorkspace();
    course(ws).distanceSupport = {};      // a face-to-face course
    course(ws).workBasedDetails = {};
    const AuditReport report = audit(ws);
    EXPECT_TRUE(report.findings().empty()) << describe(report);
    EXPECT_FALSE(assessed(report, "FR-PROG-15"));
    EXPECT_FALSE(assessed(report, "FR-PROG-18"));   // not certifying
    EXPECT_FALSE(assessed(report, "FR-RES-05"));
}

TEST(CheckRules, FreeTrainingNeedsNoRefundPolicyInPortugal) {
    Workspace ws = completePortugueseWorkspace();
    course(ws).prices.clear();
    ws.organisation.policies.refundPolicy = {};
    const AuditReport report = audit(ws);
    EXPECT_TRUE(findingsOf(report, "PT-REG-06").empty()) << describe(report);
    EXPECT_FALSE(findingsOf(report, "PT-PROG-13").empty());   // the price itself is recommended
    EXPECT_FALSE(report.hasMandatoryGap());
}

TEST(CheckRules, FrenchRulesDoNotApplyInPortugalNorTheOtherWayRound) {
    for (const AuditReport& report : {audit(completeFrenchWorkspace()), audit(completePortugueseWorkspace())})
        for (const Assessment& a : report.assessments) {
            const bool french = a.requirementId.rfind("FR-", 0) == 0;
            const bool portuguese = a.requirementId.rfind("PT-", 0) == 0;
            EXPECT_TRUE(report.jurisdiction == Jurisdiction::FR ? !portuguese : !french) << a.requirementId;
        }
}

TEST(CheckRules, AnUntranslatedTextNamesEveryMissingLanguageOnce) {
    Workspace ws = completeFrenchWorkspace();
    course(ws).schedule = text({{"fr", "9 h – 17 h"}});
    const AuditReport report = audit(ws);
    const auto found = findingsOf(report, "FR-PROG-24");
    ASSERT_EQ(found.size(), 1u) << describe(report);
    EXPECT_EQ(found.front()->detailKey, "check.detail.translation_missing");
    const auto& languages = std::get<LanguageList>(found.front()->args.at("languages"));
    EXPECT_EQ(languages.codes, (std::vector<std::string>{"en", "pt"}));
    EXPECT_EQ(found.front()->evidence.document, "programmes/MGT-ENT.en.pdf");
}

TEST(CheckRules, EvidenceNamesTheDocumentAndTheSourceLine) {
    Workspace ws = completeFrenchWorkspace();
    course(ws).accessibility = {};
    course(ws).loc.fieldLines.erase("accessibility");
    const AuditReport report = audit(ws);
    const auto found = findingsOf(report, "FR-PROG-13");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front()->evidence.document, "programmes/MGT-ENT.fr.pdf");
    EXPECT_EQ(found.front()->evidence.file, "courses.xml");
    EXPECT_EQ(found.front()->evidence.line, 3);   // the <course> element, since the field is absent
}

TEST(CheckRules, OneYearWindowCountsFromTheDayOfTheCheck) {
    Workspace ws = completeFrenchWorkspace();
    ws.sessions.back().end = date("2025-11-21");   // exactly twelve months before kToday: still in
    const AuditReport report = audit(ws);
    EXPECT_TRUE(findingsOf(report, "FR-RES-01").empty()) << describe(report);
}

}  // namespace
}  // namespace fd::check
