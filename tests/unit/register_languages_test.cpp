// Languages: a number's versions form one chain per language. A translation is the first edition
// in its language (never a duplicate), going back to a language already issued finds what was
// issued there, a correction makes the next edition in its language only, and a version is
// superseded only by a later issued version in its own language. Revocation covers every language.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::confirmationFor;
using testing::issue;
using testing::RawDatabase;
using testing::request;
using testing::requestIn;

TEST(RegisterLanguages, ATranslationIsTheFirstEditionOfANewVersionOfTheSameNumber) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry original = issue(reg, request(1)).entry;
    EXPECT_EQ(original.edition, 1);

    const Reservation r = reg.reserve(requestIn("en", 1));
    EXPECT_EQ(r.outcome, IssueOutcome::NewTranslation);
    EXPECT_TRUE(r.needsFile());
    EXPECT_EQ(r.entry.number, original.number);
    EXPECT_EQ(r.entry.version, 2);
    EXPECT_EQ(r.entry.edition, 1) << "a translation is not a duplicate";
    EXPECT_EQ(r.entry.language, "en");
    EXPECT_NE(r.entry.verificationCode, original.verificationCode);
    reg.confirm(confirmationFor(r.entry));

    // Both are current, each in its language.
    EXPECT_EQ(reg.currentVersion(original.number, "fr")->version, 1);
    EXPECT_EQ(reg.currentVersion(original.number, "en")->version, 2);
    EXPECT_FALSE(reg.currentVersion(original.number, "pt"));
    EXPECT_EQ(reg.latestVersion(original.number)->version, 2);
}

TEST(RegisterLanguages, GoingBackToALanguageFindsWhatWasIssuedThere) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry french = issue(reg, request(1)).entry;
    const RegisterEntry english = issue(reg, requestIn("en", 1)).entry;

    IssueRequest later = request(1);
    later.issueDate = Date{2026, 9, 1};
    const Reservation again = reg.reserve(later);
    EXPECT_EQ(again.outcome, IssueOutcome::AlreadyIssued);
    EXPECT_EQ(again.entry.version, 1);
    EXPECT_EQ(again.entry.edition, 1);
    EXPECT_EQ(again.entry.fileSha256, french.fileSha256);
    EXPECT_EQ(again.entry.verificationCode, french.verificationCode);
    EXPECT_EQ(again.entry.issueDate, french.issueDate);

    const Reservation englishAgain = reg.reserve(requestIn("en", 1));
    EXPECT_EQ(englishAgain.outcome, IssueOutcome::AlreadyIssued);
    EXPECT_EQ(englishAgain.entry.version, english.version);
    EXPECT_EQ(englishAgain.entry.fileSha256, english.fileSha256);
    EXPECT_EQ(reg.list().size(), 2u);
}

TEST(RegisterLanguages, ACorrectionMakesTheNextEditionInItsLanguageOnly) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry french = issue(reg, request(1, "first")).entry;
    const RegisterEntry english = issue(reg, requestIn("en", 1, "first")).entry;

    const Reservation corrected = reg.reserve(request(1, "corrected"));
    EXPECT_EQ(corrected.outcome, IssueOutcome::NewVersion);
    EXPECT_EQ(corrected.entry.version, 3) << "versions are counted across languages";
    EXPECT_EQ(corrected.entry.edition, 2);
    EXPECT_EQ(corrected.entry.language, "fr");
    reg.confirm(confirmationFor(corrected.entry));

    EXPECT_EQ(reg.currentVersion(french.number, "fr")->version, 3) << "the French original is superseded";
    EXPECT_EQ(reg.currentVersion(french.number, "en")->version, english.version)
        << "the English translation stays current until it is issued again";

    const RegisterEntry englishCorrected = issue(reg, requestIn("en", 1, "corrected")).entry;
    EXPECT_EQ(englishCorrected.version, 4);
    EXPECT_EQ(englishCorrected.edition, 2);

    std::vector<std::pair<std::string, int>> editions;
    for (const RegisterEntry& e : reg.list()) editions.emplace_back(e.language, e.edition);
    EXPECT_EQ(editions, (std::vector<std::pair<std::string, int>>{{"fr", 1}, {"en", 1}, {"fr", 2}, {"en", 2}}));
    EXPECT_EQ(reg.findByFileSha256(englishCorrected.fileSha256)->edition, 2);
    EXPECT_EQ(reg.findByVerificationCode(english.verificationCode)->edition, 1);
}

TEST(RegisterLanguages, AReservationIsResumedOnlyByARunInItsLanguage) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry reserved = reg.reserve(request(1)).entry;   // the French run was killed

    const Reservation english = reg.reserve(requestIn("en", 1));
    EXPECT_EQ(english.outcome, IssueOutcome::NewTranslation);
    EXPECT_EQ(english.entry.version, 2);
    EXPECT_EQ(english.entry.edition, 1);
    reg.confirm(confirmationFor(english.entry));

    const Reservation french = reg.reserve(request(1, "corrected before delivery"));
    EXPECT_EQ(french.outcome, IssueOutcome::Resumed);
    EXPECT_EQ(french.entry.version, reserved.version);
    EXPECT_EQ(french.entry.language, "fr");
    EXPECT_EQ(french.entry.edition, 1);
    reg.confirm(confirmationFor(french.entry));
    EXPECT_EQ(reg.currentVersion(reserved.number, "fr")->version, 1);
    EXPECT_EQ(reg.list().size(), 2u);
}

TEST(RegisterLanguages, AReservationSupersedesNothingUntilConfirmed) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry first = issue(reg, request(1, "first")).entry;
    issue(reg, request(1, "second"));
    reg.reserve(request(1, "third"));
    EXPECT_EQ(reg.currentVersion(first.number, "fr")->version, 2);
    EXPECT_EQ(reg.latestVersion(first.number)->status, CertificateStatus::Reserved);
}

TEST(RegisterLanguages, ARevokedNumberIsIssuedInNoLanguage) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    const RegisterEntry french = issue(reg, request(1)).entry;
    reg.revoke(french.number, "Issued to the wrong person", Date{2026, 4, 1});

    const Reservation english = reg.reserve(requestIn("en", 1));
    EXPECT_EQ(english.outcome, IssueOutcome::Revoked);
    EXPECT_FALSE(english.needsFile());
    EXPECT_EQ(english.entry.number, french.number);
    EXPECT_EQ(reg.list().size(), 1u);
}

// Before editions, switching language made version 2, 3... of the number in any language: such a
// register reads with editions derived from its rows, and it is idempotent from then on.
TEST(RegisterLanguages, ARegisterWrittenBeforeEditionsReadsAndStaysIdempotent) {
    testing::TempDir dir;
    RegisterEntry french;
    {
        CertificateRegister reg(dir.registerFile());
        french = issue(reg, request(1)).entry;
        issue(reg, requestIn("en", 1));
    }
    {
        // What the earlier release added on the next French run: version 3, the same French inputs.
        RawDatabase raw(dir.registerFile());
        ASSERT_EQ(raw.exec("INSERT INTO version (number, version, status, course_id, language, trainee_name,"
                           " issue_date, inputs_digest, template_id, template_digest, software_version, signer,"
                           " verification_code, file_sha256)"
                           " SELECT number, 3, status, course_id, language, trainee_name, issue_date, inputs_digest,"
                           " template_id, template_digest, software_version, signer, 'ZZZZZZZZ', substr('0' || file_sha256, 1, 64)"
                           " FROM version WHERE number = '" + french.number + "' AND version = 1"),
                  SQLITE_OK);
    }
    CertificateRegister reg(dir.registerFile());
    std::vector<int> editions;
    for (const RegisterEntry& e : reg.list()) editions.push_back(e.edition);
    EXPECT_EQ(editions, (std::vector<int>{1, 1, 2}));

    const Reservation again = reg.reserve(request(1));
    EXPECT_EQ(again.outcome, IssueOutcome::AlreadyIssued);
    EXPECT_EQ(again.entry.version, 3);
    EXPECT_EQ(reg.reserve(requestIn("en", 1)).outcome, IssueOutcome::AlreadyIssued);
    EXPECT_EQ(reg.list().size(), 3u);
}

}  // namespace
}  // namespace fd::reg
