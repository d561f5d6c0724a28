// Issuing: idempotent for unchanged inputs, a new version of the same number for corrected
// inputs, reservations resumed after an interruption, confirmation rules, lookups.
#include <cctype>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::confirmationFor;
using testing::fileDigestFor;
using testing::issue;
using testing::registerErrorOf;
using testing::request;

TEST(RegisterIssue, IssuingAgainReturnsTheRecordedNumberAndIssueDate) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry first = issue(reg, request(1)).entry;

    IssueRequest again = request(1);
    again.issueDate = Date{2026, 4, 30};        // a later run: the recorded date must win
    const Reservation r = reg.reserve(again);
    EXPECT_EQ(r.outcome, IssueOutcome::AlreadyIssued);
    EXPECT_FALSE(r.needsFile());
    EXPECT_EQ(r.entry.number, first.number);
    EXPECT_EQ(r.entry.version, 1);
    EXPECT_EQ(r.entry.issueDate, (Date{2026, 3, 9}));
    EXPECT_EQ(r.entry.fileSha256, first.fileSha256);
    EXPECT_EQ(r.entry.verificationCode, first.verificationCode);
    EXPECT_EQ(reg.list().size(), 1u);
}

TEST(RegisterIssue, TheRegisterRecordsEverythingThatWasIssued) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const IssueRequest q = request(4);
    const RegisterEntry e = issue(reg, q).entry;
    EXPECT_EQ(e.prefix, "ACR");
    EXPECT_EQ(e.year, 2026);
    EXPECT_EQ(e.sequence, 1);
    EXPECT_EQ(e.traineeId, q.traineeId);
    EXPECT_EQ(e.sessionId, q.sessionId);
    EXPECT_EQ(e.courseId, q.courseId);
    EXPECT_EQ(e.model, q.model);
    EXPECT_EQ(e.language, q.language);
    EXPECT_EQ(e.traineeFullName, q.traineeFullName);
    EXPECT_EQ(e.inputsDigest, q.inputsDigest);
    EXPECT_EQ(e.templateId, q.templateId);
    EXPECT_EQ(e.templateDigest, q.templateDigest);
    EXPECT_EQ(e.softwareVersion, q.softwareVersion);
    EXPECT_EQ(e.signer, q.signer);
    EXPECT_EQ(e.fileSha256, fileDigestFor(e));
    EXPECT_TRUE(e.revokedOn.empty());
    EXPECT_TRUE(e.revocationReason.empty());
}

TEST(RegisterIssue, CorrectedInputsMakeANewVersionAndKeepTheEarlierOne) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry v1 = issue(reg, request(1, "first")).entry;

    IssueRequest corrected = request(1, "name corrected");
    corrected.traineeFullName = "Trainee One-Corrected";
    corrected.issueDate = Date{2026, 5, 2};
    const Reservation r = reg.reserve(corrected);
    EXPECT_EQ(r.outcome, IssueOutcome::NewVersion);
    EXPECT_TRUE(r.needsFile());
    EXPECT_EQ(r.entry.number, v1.number);
    EXPECT_EQ(r.entry.version, 2);
    EXPECT_EQ(r.entry.edition, 2);
    EXPECT_EQ(r.entry.status, CertificateStatus::Reserved);
    EXPECT_EQ(r.entry.issueDate, (Date{2026, 5, 2}));
    EXPECT_EQ(r.entry.traineeFullName, "Trainee One-Corrected");
    EXPECT_NE(r.entry.verificationCode, v1.verificationCode);
    reg.confirm(confirmationFor(r.entry));

    const std::vector<RegisterEntry> all = reg.list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].version, 1);
    EXPECT_EQ(all[0].inputsDigest, v1.inputsDigest);
    EXPECT_EQ(all[0].fileSha256, v1.fileSha256);
    EXPECT_EQ(all[0].traineeFullName, v1.traineeFullName);
    EXPECT_EQ(all[0].issueDate, v1.issueDate);
    EXPECT_EQ(all[1].version, 2);
    EXPECT_EQ(reg.latestVersion(v1.number)->version, 2);

    // The old file still verifies, as version 1; the corrected inputs are now idempotent.
    EXPECT_EQ(reg.findByFileSha256(v1.fileSha256)->version, 1);
    EXPECT_EQ(reg.reserve(corrected).outcome, IssueOutcome::AlreadyIssued);
    // Going back to the first inputs is one more correction, not a return to version 1.
    const RegisterEntry v3 = issue(reg, request(1, "first")).entry;
    EXPECT_EQ(v3.version, 3);
    EXPECT_EQ(v3.edition, 3);
}

TEST(RegisterIssue, AReservationIsResumedAfterAnInterruptedRun) {
    testing::TempDir dir;
    std::string number;
    {
        CertificateRegister reg(dir.registerFile());
        const Reservation r = reg.reserve(request(1));
        number = r.entry.number;
        // The run dies here: the file was perhaps written, never confirmed.
    }
    CertificateRegister reg(dir.registerFile());
    IssueRequest again = request(1);
    again.issueDate = Date{2026, 3, 10};
    const Reservation resumed = reg.reserve(again);
    EXPECT_EQ(resumed.outcome, IssueOutcome::Resumed);
    EXPECT_TRUE(resumed.needsFile());
    EXPECT_EQ(resumed.entry.number, number);
    EXPECT_EQ(resumed.entry.version, 1);
    EXPECT_EQ(resumed.entry.issueDate, (Date{2026, 3, 9}));
    reg.confirm(confirmationFor(resumed.entry));
    EXPECT_EQ(reg.latestVersion(number)->status, CertificateStatus::Issued);
    // Nothing was lost: the next trainee gets number 2.
    EXPECT_EQ(issue(reg, request(2)).entry.sequence, 2);
}

TEST(RegisterIssue, AResumedReservationTakesCorrectedInputsWithoutANewVersion) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry reserved = reg.reserve(request(1, "first")).entry;
    IssueRequest corrected = request(1, "corrected before delivery");
    corrected.traineeFullName = "Trainee One-Corrected";
    const Reservation resumed = reg.reserve(corrected);
    EXPECT_EQ(resumed.outcome, IssueOutcome::Resumed);
    EXPECT_EQ(resumed.entry.version, 1);
    EXPECT_EQ(resumed.entry.edition, 1);
    EXPECT_EQ(resumed.entry.inputsDigest, corrected.inputsDigest);
    EXPECT_EQ(resumed.entry.traineeFullName, "Trainee One-Corrected");
    EXPECT_NE(resumed.entry.verificationCode, reserved.verificationCode);
    EXPECT_EQ(reg.list().size(), 1u);
}

TEST(RegisterIssue, ConfirmingTwiceWithTheSameFileIsHarmless) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry e = reg.reserve(request(1)).entry;
    reg.confirm(confirmationFor(e));
    reg.confirm(confirmationFor(e));
    EXPECT_EQ(reg.latestVersion(e.number)->fileSha256, fileDigestFor(e));
}

TEST(RegisterIssue, AnIssuedVersionCannotChangeFile) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry e = issue(reg, request(1)).entry;
    EXPECT_EQ(registerErrorOf([&] { reg.confirm(Confirmation{e.number, 1, sha256Hex("other bytes")}); }),
              "register.error.file_changed");
    EXPECT_EQ(reg.latestVersion(e.number)->fileSha256, e.fileSha256);
}

TEST(RegisterIssue, ConfirmingAnUnknownVersionFails) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry e = issue(reg, request(1)).entry;
    EXPECT_EQ(registerErrorOf([&] { reg.confirm(Confirmation{e.number, 2, sha256Hex("x")}); }),
              "register.error.unknown_version");
    EXPECT_EQ(registerErrorOf([&] { reg.confirm(Confirmation{"ACR-2026-00099", 1, sha256Hex("x")}); }),
              "register.error.unknown_version");
}

TEST(RegisterIssue, ABatchWithOneInvalidRequestRecordsNothing) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    std::vector<IssueRequest> batch{request(1), request(2), request(3)};
    batch[2].inputsDigest = "not a digest";
    try {
        reg.reserve(batch);
        ADD_FAILURE() << "expected a RegisterError";
    } catch (const RegisterError& e) {
        EXPECT_EQ(e.key(), "register.error.invalid_value");
        EXPECT_EQ(e.args().at("field"), "inputsDigest");
        EXPECT_EQ(e.args().at("value"), "not a digest");
    }
    EXPECT_TRUE(reg.list().empty());
}

TEST(RegisterIssue, EveryFieldOfARequestIsRequired) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const std::vector<std::pair<std::string, void (*)(IssueRequest&)>> blanks{
        {"prefix", [](IssueRequest& q) { q.prefix.clear(); }},
        {"traineeId", [](IssueRequest& q) { q.traineeId.clear(); }},
        {"sessionId", [](IssueRequest& q) { q.sessionId.clear(); }},
        {"courseId", [](IssueRequest& q) { q.courseId.clear(); }},
        {"model", [](IssueRequest& q) { q.model.clear(); }},
        {"language", [](IssueRequest& q) { q.language.clear(); }},
        {"traineeFullName", [](IssueRequest& q) { q.traineeFullName.clear(); }},
        {"issueDate", [](IssueRequest& q) { q.issueDate = Date{}; }},
        {"inputsDigest", [](IssueRequest& q) { q.inputsDigest.clear(); }},
        {"templateId", [](IssueRequest& q) { q.templateId.clear(); }},
        {"templateDigest", [](IssueRequest& q) { q.templateDigest = "abc"; }},
        {"softwareVersion", [](IssueRequest& q) { q.softwareVersion.clear(); }},
        {"signer", [](IssueRequest& q) { q.signer.clear(); }},
    };
    for (const auto& [field, blank] : blanks) {
        IssueRequest q = request(1);
        blank(q);
        try {
            reg.reserve(q);
            ADD_FAILURE() << field << " accepted";
        } catch (const RegisterError& e) {
            EXPECT_EQ(e.key(), "register.error.invalid_value") << field;
            EXPECT_EQ(e.args().at("field"), field);
        }
    }
    EXPECT_TRUE(reg.list().empty());
}

TEST(RegisterIssue, DigestsAreAcceptedInAnyCaseAndStoredInLowerCase) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    IssueRequest q = request(1);
    const std::string lower = q.inputsDigest;
    for (char& c : q.inputsDigest) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const RegisterEntry e = issue(reg, q).entry;
    EXPECT_EQ(e.inputsDigest, lower);
    EXPECT_EQ(reg.reserve(request(1)).outcome, IssueOutcome::AlreadyIssued);
}

TEST(RegisterIssue, FindsAVersionByFileDigestAndByVerificationCode) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    issue(reg, request(1));
    const RegisterEntry e = issue(reg, request(2)).entry;

    std::string upper = e.fileSha256;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    ASSERT_TRUE(reg.findByFileSha256(upper));
    EXPECT_EQ(reg.findByFileSha256(upper)->number, e.number);
    EXPECT_FALSE(reg.findByFileSha256(sha256Hex("a forged file")));

    std::string typed = e.verificationCode.substr(0, 4) + "-" + e.verificationCode.substr(4);
    for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(reg.findByVerificationCode(typed));
    EXPECT_EQ(reg.findByVerificationCode(typed)->number, e.number);
    EXPECT_FALSE(reg.findByVerificationCode("22222222"));

    EXPECT_FALSE(reg.latestVersion("ACR-2026-00003"));
}

TEST(RegisterIssue, Sha256HelpersGiveTheStandardDigests) {
    // FIPS 180-2 test vectors.
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    testing::TempDir dir;
    const std::string path = dir.file("certificate.pdf");
    std::string bytes;
    for (int i = 0; i < 200000; ++i) bytes.push_back(static_cast<char>(i * 7));   // more than one read buffer
    std::ofstream(path, std::ios::binary) << bytes;
    EXPECT_EQ(sha256File(path), sha256Hex(bytes));
    EXPECT_EQ(registerErrorOf([&] { sha256File(dir.file("missing.pdf")); }), "register.error.read_file");
}

}  // namespace
}  // namespace fd::reg
