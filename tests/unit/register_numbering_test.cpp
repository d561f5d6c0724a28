// Numbers: PREFIX-YYYY-NNNNN, sequential per prefix and year with no gap, never given twice.
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "register/numbering.h"
#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::issue;
using testing::oneTo;
using testing::request;
using testing::sequencesOf;

TEST(RegisterNumbering, FormatsPrefixYearAndFiveDigitSequence) {
    EXPECT_EQ(formatNumber("ACR", 2026, 1), "ACR-2026-00001");
    EXPECT_EQ(formatNumber("ACR", 2026, 99999), "ACR-2026-99999");
    EXPECT_EQ(formatNumber("ACR", 2026, 100000), "ACR-2026-100000");
}

TEST(RegisterNumbering, AcceptsOnlyPlainPrefixes) {
    for (const char* good : {"ACR", "acr", "FP-LX", "A1"}) EXPECT_TRUE(isValidPrefix(good)) << good;
    for (const char* bad : {"", "-ACR", "ACR-", "AC R", "AC/R", "ÉCOLE", "ABCDEFGHIJKLMNOPQRSTU"})
        EXPECT_FALSE(isValidPrefix(bad)) << bad;
}

TEST(RegisterNumbering, FirstCertificatesAreNumberedOneByOne) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    for (int n = 1; n <= 3; ++n) {
        const Reservation r = issue(reg, request(n));
        EXPECT_EQ(r.outcome, IssueOutcome::NewNumber);
        EXPECT_EQ(r.entry.number, formatNumber("ACR", 2026, n));
        EXPECT_EQ(r.entry.version, 1);
        EXPECT_EQ(r.entry.status, CertificateStatus::Issued);
    }
}

TEST(RegisterNumbering, EachYearAndEachPrefixCountsFromOneWithoutGaps) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    // Interleaved on purpose: 2025 and 2026, ACR and FPX, issued in mixed order.
    for (int n = 0; n < 30; ++n) {
        IssueRequest q = request(n);
        q.issueDate = n % 3 == 0 ? Date{2025, 12, 31} : Date{2026, 1, 2};
        q.prefix = n % 2 == 0 ? "ACR" : "FPX";
        issue(reg, q);
    }
    const std::vector<RegisterEntry> all = reg.list();
    ASSERT_EQ(all.size(), 30u);
    EXPECT_EQ(sequencesOf(all, "ACR", 2025), oneTo(5));    // n = 0, 6, 12, 18, 24
    EXPECT_EQ(sequencesOf(all, "FPX", 2025), oneTo(5));    // n = 3, 9, 15, 21, 27
    EXPECT_EQ(sequencesOf(all, "ACR", 2026), oneTo(10));
    EXPECT_EQ(sequencesOf(all, "FPX", 2026), oneTo(10));
    EXPECT_EQ(all.front().number, "ACR-2025-00001");
    EXPECT_EQ(all.back().number, "FPX-2026-00010");
}

TEST(RegisterNumbering, TheYearIsTheIssueYearOfTheFirstVersion) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    IssueRequest q = request(1);
    q.issueDate = Date{2025, 12, 31};
    issue(reg, q);
    q.inputsDigest = sha256Hex("corrected");
    q.issueDate = Date{2026, 1, 5};
    const Reservation second = issue(reg, q);
    EXPECT_EQ(second.outcome, IssueOutcome::NewVersion);
    EXPECT_EQ(second.entry.number, "ACR-2025-00001");
    EXPECT_EQ(second.entry.issueDate, (Date{2026, 1, 5}));
    // The correction took no number of 2026.
    EXPECT_EQ(issue(reg, request(2)).entry.number, "ACR-2026-00001");
}

TEST(RegisterNumbering, RevokedNumbersAreNeverGivenAgain) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    issue(reg, request(1));
    issue(reg, request(2));
    reg.revoke("ACR-2026-00002", "Issued to the wrong person", Date{2026, 3, 10});
    EXPECT_EQ(issue(reg, request(3)).entry.number, "ACR-2026-00003");
}

TEST(RegisterNumbering, NumbersAreUniqueAcrossSessionsAndModels) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    std::set<std::string> numbers;
    for (const char* session : {"S1", "S2"}) {
        for (const char* model : {"realisation", "assiduite"}) {
            IssueRequest q = request(7);
            q.sessionId = session;
            q.model = model;
            numbers.insert(issue(reg, q).entry.number);
        }
    }
    EXPECT_EQ(numbers.size(), 4u);
    EXPECT_EQ(sequencesOf(reg.list(), "ACR", 2026), oneTo(4));
}

}  // namespace
}  // namespace fd::reg
