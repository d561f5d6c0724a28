// Revocation: a number is voided with a reason and a date, in every version; it is never issued
// or given again.
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::confirmationFor;
using testing::issue;
using testing::registerErrorOf;
using testing::request;

TEST(RegisterRevocation, RecordsReasonAndDateOnEveryVersion) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry v1 = issue(reg, request(1, "first")).entry;
    issue(reg, request(1, "corrected"));
    reg.revoke(v1.number, "Training not completed", Date{2026, 6, 1});

    for (const RegisterEntry& e : reg.list()) {
        EXPECT_EQ(e.status, CertificateStatus::Revoked) << "version " << e.version;
        EXPECT_EQ(e.revocationReason, "Training not completed");
        EXPECT_EQ(e.revokedOn, (Date{2026, 6, 1}));
    }
    const std::optional<RegisterEntry> found = reg.findByFileSha256(v1.fileSha256);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->status, CertificateStatus::Revoked);
    EXPECT_EQ(found->fileSha256, v1.fileSha256);   // the record of what was issued stays
}

TEST(RegisterRevocation, ARevokedCertificateIsNotIssuedAgain) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry e = issue(reg, request(1)).entry;
    reg.revoke(e.number, "Duplicate enrolment", Date{2026, 3, 20});

    for (const char* inputs : {"first", "corrected"}) {
        const Reservation r = reg.reserve(request(1, inputs));
        EXPECT_EQ(r.outcome, IssueOutcome::Revoked) << inputs;
        EXPECT_FALSE(r.needsFile());
        EXPECT_EQ(r.entry.number, e.number);
        EXPECT_EQ(r.entry.version, 1);
    }
    EXPECT_EQ(reg.list().size(), 1u);
}

TEST(RegisterRevocation, AReservationRevokedBeforeConfirmationCannotBeConfirmed) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry reserved = reg.reserve(request(1)).entry;
    reg.revoke(reserved.number, "Trainee withdrew before the certificate was sent", Date{2026, 3, 9});
    EXPECT_EQ(registerErrorOf([&] { reg.confirm(confirmationFor(reserved)); }), "register.error.revoked");
    EXPECT_EQ(reg.latestVersion(reserved.number)->fileSha256, "");
}

TEST(RegisterRevocation, RefusesUnknownNumbersSecondRevocationsAndMissingReasons) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry e = issue(reg, request(1)).entry;
    EXPECT_EQ(registerErrorOf([&] { reg.revoke("ACR-2026-00002", "reason", Date{2026, 4, 1}); }),
              "register.error.unknown_number");
    EXPECT_EQ(registerErrorOf([&] { reg.revoke(e.number, "", Date{2026, 4, 1}); }), "register.error.invalid_value");
    EXPECT_EQ(registerErrorOf([&] { reg.revoke(e.number, "reason", Date{}); }), "register.error.invalid_value");
    reg.revoke(e.number, "first reason", Date{2026, 4, 1});
    try {
        reg.revoke(e.number, "second reason", Date{2026, 4, 2});
        ADD_FAILURE() << "revoked twice";
    } catch (const RegisterError& error) {
        EXPECT_EQ(error.key(), "register.error.already_revoked");
        EXPECT_EQ(error.args().at("date"), "2026-04-01");
    }
    EXPECT_EQ(reg.latestVersion(e.number)->revocationReason, "first reason");
}

}  // namespace
}  // namespace fd::reg
