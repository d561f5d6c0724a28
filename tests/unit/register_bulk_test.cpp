// Bulk issuing: 10 000 certificates reserved in one transaction and confirmed in another, the
// way `formadoc certificates` issues a whole workspace. Prints the register time it took.
#include <chrono>
#include <iostream>
#include <vector>

#include <gtest/gtest.h>

#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::confirmationFor;
using testing::oneTo;
using testing::request;
using testing::sequencesOf;
using Clock = std::chrono::steady_clock;

constexpr int kCertificates = 10000;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

TEST(RegisterBulk, TenThousandCertificatesInTwoTransactions) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    std::vector<IssueRequest> batch;
    for (int n = 0; n < kCertificates; ++n) batch.push_back(request(n));

    const Clock::time_point start = Clock::now();
    const std::vector<Reservation> reserved = reg.reserve(batch);
    const double reserveSeconds = secondsSince(start);
    std::vector<Confirmation> written;
    for (const Reservation& r : reserved) written.push_back(confirmationFor(r.entry));
    const Clock::time_point confirmStart = Clock::now();
    reg.confirm(written);
    const double confirmSeconds = secondsSince(confirmStart);
    const Clock::time_point againStart = Clock::now();
    const std::vector<Reservation> again = reg.reserve(batch);   // a second run: all idempotent
    const double againSeconds = secondsSince(againStart);
    std::cout << "[ register ] " << kCertificates << " certificates: reserve " << reserveSeconds << " s, confirm "
              << confirmSeconds << " s, idempotent re-run " << againSeconds << " s\n";

    for (const Reservation& r : again) ASSERT_EQ(r.outcome, IssueOutcome::AlreadyIssued) << r.entry.number;
    const std::vector<RegisterEntry> all = reg.list();
    ASSERT_EQ(all.size(), static_cast<size_t>(kCertificates));
    EXPECT_EQ(sequencesOf(all, "ACR", 2026), oneTo(kCertificates));
    for (const RegisterEntry& e : all) ASSERT_EQ(e.status, CertificateStatus::Issued) << e.number;
    // Loose on purpose (a debug build on a shared machine): what it guards against is a
    // transaction, and so a disk sync, per certificate.
    EXPECT_LT(reserveSeconds + confirmSeconds, 20.0);
}

}  // namespace
}  // namespace fd::reg
