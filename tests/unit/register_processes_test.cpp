// Real processes: two writers at once on the same register, and writers killed with SIGKILL at
// chosen and at arbitrary moments. Numbers must stay unique and gap-free, and nothing reserved
// may be lost.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::confirmationFor;
using testing::issue;
using testing::oneTo;
using testing::request;
using testing::runInChild;
using testing::sequencesOf;
using testing::traineeId;
using testing::waitForChild;

constexpr int kKilled = 128 + SIGKILL;

// trainee id -> number, as the register has them.
std::map<std::string, std::string> numbersByTrainee(const std::vector<RegisterEntry>& entries) {
    std::map<std::string, std::string> out;
    for (const RegisterEntry& e : entries) out[e.traineeId] = e.number;
    return out;
}

std::map<std::string, std::string> readLog(const std::string& path) {
    std::map<std::string, std::string> out;
    std::ifstream in(path);
    std::string trainee, number;
    while (in >> trainee >> number) out[trainee] = number;
    return out;
}

// Starts two processes, released together, each issuing one by one (a transaction per reserve
// and per confirm, the most interleaving possible) the 200 trainees from its first one, and
// logging the number it was given for each. Unless `createFirst`, they also race to create the
// register.
void runTwoWriters(const testing::TempDir& dir, int firstA, int firstB, bool createFirst) {
    if (createFirst) {
        CertificateRegister create(dir.registerFile());   // closed before fork(): no connection may cross it
    }
    int gate[2];
    ASSERT_EQ(::pipe(gate), 0);
    auto writer = [&](int first, const std::string& log) {
        return runInChild([&dir, &gate, first, log] {
            ::close(gate[1]);
            char ignored;
            if (::read(gate[0], &ignored, 1) != 0) return 3;   // end of file: the parent opened the gate
            CertificateRegister reg(dir.registerFile());
            std::ofstream out(log);
            for (int n = first; n < first + 200; ++n) out << traineeId(n) << ' ' << issue(reg, request(n)).entry.number << '\n';
            out.close();
            return out ? 0 : 2;
        });
    };
    const pid_t a = writer(firstA, dir.file("a.log"));
    const pid_t b = writer(firstB, dir.file("b.log"));
    ::close(gate[0]);
    ::close(gate[1]);
    EXPECT_EQ(waitForChild(a), 0);
    EXPECT_EQ(waitForChild(b), 0);
}

void expectEveryTraineeNumberedOnceWithoutGaps(const testing::TempDir& dir, int distinctTrainees) {
    CertificateRegister reg(dir.registerFile());
    const std::vector<RegisterEntry> all = reg.list();
    ASSERT_EQ(all.size(), static_cast<size_t>(distinctTrainees));
    EXPECT_EQ(sequencesOf(all, "ACR", 2026), oneTo(distinctTrainees));
    std::set<std::string> numbers;
    for (const RegisterEntry& e : all) {
        numbers.insert(e.number);
        EXPECT_EQ(e.status, CertificateStatus::Issued) << e.number;
        EXPECT_EQ(e.version, 1) << e.number;
    }
    EXPECT_EQ(numbers.size(), all.size());

    // Each process was told the number the register holds, including for the trainees both issued.
    const std::map<std::string, std::string> recorded = numbersByTrainee(all);
    for (const char* log : {"a.log", "b.log"}) {
        const std::map<std::string, std::string> told = readLog(dir.file(log));
        EXPECT_EQ(told.size(), 200u) << log;
        for (const auto& [trainee, number] : told) EXPECT_EQ(recorded.at(trainee), number) << log << ' ' << trainee;
    }
}

TEST(RegisterProcesses, TwoWritersCreatingTheRegisterTogetherShareNoNumberAndLeaveNoGap) {
    testing::TempDir dir;
    runTwoWriters(dir, 0, 200, /*createFirst=*/false);
    expectEveryTraineeNumberedOnceWithoutGaps(dir, 400);
}

TEST(RegisterProcesses, TwoWritersWithOverlappingTraineesNumberEachTraineeOnce) {
    testing::TempDir dir;
    runTwoWriters(dir, 0, 100, /*createFirst=*/true);   // trainees 100..199 are issued by both
    expectEveryTraineeNumberedOnceWithoutGaps(dir, 300);
}

std::vector<IssueRequest> requests(int count) {
    std::vector<IssueRequest> out;
    for (int n = 0; n < count; ++n) out.push_back(request(n));
    return out;
}

TEST(RegisterProcesses, AWriterKilledBetweenReservationAndConfirmationLosesNothing) {
    testing::TempDir dir;
    const pid_t child = runInChild([&dir] {
        CertificateRegister reg(dir.registerFile());
        const std::vector<Reservation> reserved = reg.reserve(requests(100));
        std::vector<Confirmation> written;
        for (size_t i = 0; i < 50; ++i) written.push_back(confirmationFor(reserved[i].entry));
        reg.confirm(written);
        ::raise(SIGKILL);   // dies with 50 files confirmed and 50 reserved
        return 0;
    });
    ASSERT_EQ(waitForChild(child), kKilled);

    CertificateRegister reg(dir.registerFile());
    const std::vector<RegisterEntry> before = reg.list();
    ASSERT_EQ(before.size(), 100u);
    EXPECT_EQ(sequencesOf(before, "ACR", 2026), oneTo(100));

    const std::vector<Reservation> again = reg.reserve(requests(100));
    std::vector<Confirmation> written;
    for (size_t i = 0; i < again.size(); ++i) {
        EXPECT_EQ(again[i].outcome, i < 50 ? IssueOutcome::AlreadyIssued : IssueOutcome::Resumed) << i;
        EXPECT_EQ(again[i].entry.number, before[i].number) << i;
        if (again[i].needsFile()) written.push_back(confirmationFor(again[i].entry));
    }
    reg.confirm(written);
    const std::vector<RegisterEntry> after = reg.list();
    ASSERT_EQ(after.size(), 100u);
    for (const RegisterEntry& e : after) EXPECT_EQ(e.status, CertificateStatus::Issued) << e.number;
}

// How many certificates the register holds, read while a writer works.
size_t countEntries(const testing::TempDir& dir) {
    CertificateRegister reader(dir.registerFile(), OpenMode::MustExist);
    return reader.list().size();
}

TEST(RegisterProcesses, WritersKilledAtArbitraryMomentsNeverLoseOrRepeatANumber) {
    testing::TempDir dir;
    { CertificateRegister create(dir.registerFile()); }
    std::map<std::string, std::string> numbered;   // what earlier rounds left in the register
    for (int round = 0; round < 4; ++round) {
        // Each writer starts again from trainee 0 (resuming what the previous one left) and goes on
        // until it is killed, a little later each round so that the kill lands in different places.
        const size_t already = numbered.size();
        const pid_t child = runInChild([&dir] {
            CertificateRegister reg(dir.registerFile());
            for (int n = 0;; ++n) issue(reg, request(n));
            return 0;
        });
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (countEntries(dir) < already + 20 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        std::this_thread::sleep_for(std::chrono::milliseconds(3 * round));
        ::kill(child, SIGKILL);
        ASSERT_EQ(waitForChild(child), kKilled) << "round " << round;

        CertificateRegister reg(dir.registerFile());
        const std::vector<RegisterEntry> all = reg.list();
        ASSERT_GE(all.size(), already + 20) << "round " << round;
        EXPECT_EQ(sequencesOf(all, "ACR", 2026), oneTo(static_cast<int>(all.size()))) << "round " << round;
        const std::map<std::string, std::string> now = numbersByTrainee(all);
        EXPECT_EQ(now.size(), all.size()) << "a trainee has two numbers";
        for (const auto& [trainee, number] : numbered) EXPECT_EQ(now.at(trainee), number) << trainee;
        numbered = now;
    }

    // A last, uninterrupted run completes every reservation the kills left, with the same numbers.
    CertificateRegister reg(dir.registerFile());
    const int total = static_cast<int>(numbered.size());
    for (int n = 0; n < total; ++n) {
        const Reservation r = issue(reg, request(n));
        EXPECT_EQ(r.entry.number, numbered.at(traineeId(n)));
        EXPECT_EQ(r.entry.status, CertificateStatus::Issued);
    }
    EXPECT_EQ(sequencesOf(reg.list(), "ACR", 2026), oneTo(total));
}

}  // namespace
}  // namespace fd::reg
