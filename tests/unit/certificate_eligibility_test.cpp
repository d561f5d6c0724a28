// Who receives which certificate model, and why the others do not (certificate.h rules).
#include <string>

#include <gtest/gtest.h>

#include "certificate_test_support.h"

namespace fd::gen {
namespace {

using namespace certificate_testing;

Eligibility eligibility(const Workspace& ws, const std::string& traineeId, CertificateModel model) {
    return certificateEligibility(ws, traineeById(ws, traineeId), model);
}

TEST(CertificateEligibility, RealisationForEveryTraineeWhoAttended) {
    const Workspace ws = frenchWorkspace();
    for (const char* id : {"FR-1", "FR-2", "FR-3"}) {
        const Eligibility e = eligibility(ws, id, CertificateModel::Realisation);
        EXPECT_TRUE(e.eligible) << id;
        EXPECT_EQ(e.variant, CertificateVariant::Standard);
        EXPECT_TRUE(e.reasonKey.empty());
    }
    const Eligibility absent = eligibility(ws, "FR-4", CertificateModel::Realisation);
    EXPECT_FALSE(absent.eligible);
    EXPECT_EQ(absent.reasonKey, "certificate.ineligible.no_attendance");
}

TEST(CertificateEligibility, AttestationForTraineesWhoReachedTheEndWhetherOrNotTheySucceeded) {
    const Workspace ws = frenchWorkspace();
    EXPECT_TRUE(eligibility(ws, "FR-1", CertificateModel::Attestation).eligible);
    EXPECT_TRUE(eligibility(ws, "FR-3", CertificateModel::Attestation).eligible);
    const Eligibility dropped = eligibility(ws, "FR-2", CertificateModel::Attestation);
    EXPECT_FALSE(dropped.eligible);
    EXPECT_EQ(dropped.reasonKey, "certificate.ineligible.abandoned");
    EXPECT_EQ(eligibility(ws, "FR-4", CertificateModel::Attestation).reasonKey, "certificate.ineligible.no_attendance");
}

TEST(CertificateEligibility, DgertForCompletedTraineesAttendanceVariantForTheOthers) {
    Workspace ws = portugueseWorkspace();
    const Eligibility completed = eligibility(ws, "PT-1", CertificateModel::Dgert);
    EXPECT_TRUE(completed.eligible);
    EXPECT_EQ(completed.variant, CertificateVariant::Standard);
    const Eligibility dropped = eligibility(ws, "PT-2", CertificateModel::Dgert);
    EXPECT_TRUE(dropped.eligible);
    EXPECT_EQ(dropped.variant, CertificateVariant::Attendance);
    ws.trainees[1].outcome = Outcome::Failed;
    EXPECT_EQ(eligibility(ws, "PT-2", CertificateModel::Dgert).variant, CertificateVariant::Attendance);
    ws.trainees[1].hoursAttended = Hours{0};
    EXPECT_EQ(eligibility(ws, "PT-2", CertificateModel::Dgert).reasonKey, "certificate.ineligible.no_attendance");
}

TEST(CertificateEligibility, EachModelBelongsToItsJurisdiction) {
    const Workspace fr = frenchWorkspace();
    const Eligibility dgert = eligibility(fr, "FR-1", CertificateModel::Dgert);
    EXPECT_FALSE(dgert.eligible);
    EXPECT_EQ(dgert.reasonKey, "certificate.ineligible.jurisdiction");
    EXPECT_EQ(dgert.reasonArgs.at("model"), "dgert");
    const Workspace pt = portugueseWorkspace();
    EXPECT_EQ(eligibility(pt, "PT-1", CertificateModel::Realisation).reasonKey, "certificate.ineligible.jurisdiction");
    EXPECT_EQ(eligibility(pt, "PT-1", CertificateModel::Attestation).reasonKey, "certificate.ineligible.jurisdiction");
}

TEST(CertificateEligibility, UnknownSessionOrCourseIsNamed) {
    Workspace ws = frenchWorkspace();
    ws.trainees[0].sessionId = "S-NOPE";
    Eligibility e = eligibility(ws, "FR-1", CertificateModel::Realisation);
    EXPECT_EQ(e.reasonKey, "certificate.ineligible.unknown_session");
    EXPECT_EQ(e.reasonArgs.at("session"), "S-NOPE");
    ws = frenchWorkspace();
    for (auto& session : ws.sessions) session.courseId = "GONE";
    e = eligibility(ws, "FR-1", CertificateModel::Realisation);
    EXPECT_EQ(e.reasonKey, "certificate.ineligible.unknown_course");
    EXPECT_EQ(e.reasonArgs.at("course"), "GONE");
}

TEST(CertificateEligibility, ReasonsAreMessagesInEveryLanguage) {
    const char* keys[] = {"certificate.ineligible.jurisdiction", "certificate.ineligible.unknown_session",
                          "certificate.ineligible.unknown_course", "certificate.ineligible.no_attendance",
                          "certificate.ineligible.abandoned"};
    for (const std::string lang : {"fr", "pt", "en"})
        for (const char* key : keys)
            EXPECT_FALSE(localizer(lang).msg(key, {{"model", std::string("dgert")}, {"session", std::string("S")},
                                                   {"course", std::string("C")}})
                             .empty());
}

TEST(CertificateEligibility, GeneratingForAnIneligibleTraineeIsRefused) {
    const Workspace ws = frenchWorkspace();
    EXPECT_THROW(generate(ws, "FR-4", CertificateModel::Realisation, "fr", identity(ws, "ACR-2026-00001")),
                 std::invalid_argument);
    EXPECT_THROW(generate(ws, "FR-2", CertificateModel::Attestation, "fr", identity(ws, "ACR-2026-00001")),
                 std::invalid_argument);
}

TEST(CertificateModels, IdsRoundTripAndDefaultsFollowTheJurisdiction) {
    for (CertificateModel model : allCertificateModels())
        EXPECT_EQ(parseCertificateModel(certificateModelId(model)), model);
    EXPECT_FALSE(parseCertificateModel("diploma").has_value());
    const std::vector<CertificateModel> fr{CertificateModel::Realisation, CertificateModel::Attestation};
    EXPECT_EQ(defaultModels(frenchWorkspace().organisation), fr);
    EXPECT_EQ(defaultModels(portugueseWorkspace().organisation), std::vector<CertificateModel>{CertificateModel::Dgert});
}

}  // namespace
}  // namespace fd::gen
