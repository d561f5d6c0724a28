// Re-runs, concurrent runs and killed runs of `formadoc certificates` (TRACE-03, TRACE-04):
// the register never loses or repeats a number and the files always match it.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "certificates_support.h"

namespace fd::e2e {
namespace {

std::map<std::string, std::string> digestsOf(const std::string& out) {
    std::map<std::string, std::string> digests;
    for (const std::string& file : certificateFiles(out)) digests[file] = sha256Of(out + "/certificates/" + file);
    return digests;
}

std::map<std::string, int64_t> modificationTimes(const std::string& out) {
    std::map<std::string, int64_t> times;
    for (const std::string& file : certificateFiles(out)) {
        struct stat st {};
        stat((out + "/certificates/" + file).c_str(), &st);
        times[file] = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    }
    return times;
}

// Every number once, sequences 1..n, every version issued with its file in place.
void expectConsistent(const std::string& ws, const std::string& out) {
    const std::vector<RegisterRow> rows = registerRows(ws);
    ASSERT_FALSE(rows.empty());
    std::set<int> sequences;
    std::map<std::string, std::string> digestOfNumber;
    for (const RegisterRow& row : rows) {
        EXPECT_EQ(row.status, "issued") << "TRACE-04: " << row.number << " left " << row.status;
        if (row.version == 1) {
            EXPECT_TRUE(sequences.insert(row.sequence).second) << "TRACE-04: repeated " << row.number;
        }
        digestOfNumber[row.number] = row.fileSha256;
    }
    EXPECT_EQ(*sequences.begin(), 1);
    EXPECT_EQ(static_cast<int>(sequences.size()), *sequences.rbegin()) << "TRACE-04: a number was lost";
    const std::map<std::string, std::string> digests = digestsOf(out);
    EXPECT_EQ(digests.size(), digestOfNumber.size());
    for (const auto& [file, digest] : digests)
        EXPECT_EQ(digest, digestOfNumber[file.substr(0, file.find('_'))]) << "TRACE-04: " << file;
    EXPECT_TRUE(temporaryFiles(out).empty()) << "a temporary file was left";
}

TEST(CertificatesTrace04, SecondRunGivesTheSameNumbersAndBytesAndRewritesNothing) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-again");
    ASSERT_EQ(issue(ws, out).exitCode, 0);
    const std::vector<RegisterRow> first = registerRows(ws);
    const std::map<std::string, std::string> digests = digestsOf(out);
    const std::map<std::string, int64_t> times = modificationTimes(out);

    const CommandResult again = issue(ws, out);
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const size_t summary = again.err.find("0 certificates written");
    EXPECT_TRUE(summary == 0 || (summary != std::string::npos && again.err[summary - 1] == '\n')) << again.err;
    const std::vector<RegisterRow> second = registerRows(ws);
    ASSERT_EQ(first.size(), second.size());
    for (size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].number, second[i].number);
        EXPECT_EQ(first[i].version, second[i].version);
        EXPECT_EQ(first[i].fileSha256, second[i].fileSha256);
    }
    EXPECT_EQ(digestsOf(out), digests);
    EXPECT_EQ(modificationTimes(out), times) << "an unchanged certificate was written again";

    // Into another folder (files missing there): the same bytes again, restored from the register.
    const std::string elsewhere = makeTempDir("cert-elsewhere");
    ASSERT_EQ(issue(ws, elsewhere).exitCode, 0);
    EXPECT_EQ(digestsOf(elsewhere), digests) << "TRACE-05: regenerated certificates differ";
}

TEST(CertificatesTrace05, CorrectedInputMakesANewVersionThatSaysSo) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-version");
    ASSERT_EQ(issue(ws, out, {"--session", "MGT-2503"}).exitCode, 0);
    const std::vector<RegisterRow> before = registerRows(ws);
    ASSERT_FALSE(before.empty());

    // Correct the given names of the first trainee of that session.
    std::string csv = readFile(ws + "/trainees.csv");
    const size_t at = csv.find(before.front().traineeId + ";");
    ASSERT_NE(at, std::string::npos);
    const size_t given = csv.find(';', csv.find(';', csv.find(';', at) + 1) + 1) + 1;   // 4th field
    csv.insert(given, "Marie-");
    std::ofstream(ws + "/trainees.csv", std::ios::binary | std::ios::trunc) << csv;

    ASSERT_EQ(issue(ws, out, {"--session", "MGT-2503"}).exitCode, 0);
    const std::vector<RegisterRow> after = registerRows(ws);
    std::set<std::string> versioned;
    for (const RegisterRow& row : after)
        if (row.version == 2) versioned.insert(row.number);
    ASSERT_FALSE(versioned.empty()) << "TRACE-05: no version 2";
    for (const std::string& file : certificateFiles(out))
        if (versioned.count(file.substr(0, file.find('_')))) {
            const std::string text = normaliseSpaces(pdfText(out + "/certificates/" + file));
            EXPECT_NE(text.find("Duplicata — version 2"), std::string::npos) << "TRACE-05: " << text;
            EXPECT_NE(text.find("Marie-"), std::string::npos);
        }
    expectConsistent(ws, out);
}

TEST(CertificatesTrace04, TwoConcurrentRunsNeverGiveTheSameNumber) {
    const std::string ws = copySample("fr-organisme");
    const std::string a = makeTempDir("cert-a"), b = makeTempDir("cert-b");
    std::string command;
    for (const std::string& out : {a, b})
        command += shellQuote(FORMADOC_BINARY) + " certificates " + shellQuote(ws) + " --out " + shellQuote(out) +
                   " --jobs 1 > " + shellQuote(out + "/log") + " 2>&1 & ";
    command += "wait";
    std::vector<std::string> env = kPinnedDate;
    env.push_back(std::string("FORMADOC_DATA_DIR=") + FORMADOC_SOURCE_DIR);
    ASSERT_EQ(runShell(command, env).exitCode, 0);
    for (const std::string& out : {a, b}) {
        EXPECT_NE(readFile(out + "/log").find("certificates written"), std::string::npos) << readFile(out + "/log");
        expectConsistent(ws, out);
    }
    EXPECT_EQ(digestsOf(a), digestsOf(b)) << "the two runs disagree";
}

TEST(CertificatesTrace04, RunKilledHalfwayIsCompletedByTheNextRun) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-kill");
    std::vector<std::string> env = kPinnedDate;
    env.push_back(std::string("FORMADOC_DATA_DIR=") + FORMADOC_SOURCE_DIR);
    // Start in the background, wait until some files are there, SIGKILL.
    const std::string start = shellQuote(FORMADOC_BINARY) + " certificates " + shellQuote(ws) + " --out " +
                              shellQuote(out) + " --jobs 1 >/dev/null 2>&1 & echo $!";
    const CommandResult started = runShell(start, env);
    const std::string pid = started.out.substr(0, started.out.find('\n'));
    ASSERT_FALSE(pid.empty());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (certificateFiles(out).size() < 5 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    runShell("kill -KILL " + pid);
    runShell("while kill -0 " + pid + " 2>/dev/null; do sleep 0.01; done");

    // Killed before the confirmation: reserved numbers, files for some of them.
    const std::vector<RegisterRow> killed = registerRows(ws);
    size_t reserved = 0;
    for (const RegisterRow& row : killed) reserved += row.status == "reserved";
    EXPECT_GT(reserved, 0u) << "the run ended before it was killed";

    const CommandResult resumed = issue(ws, out);
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err;
    expectConsistent(ws, out);
    const std::vector<RegisterRow> after = registerRows(ws);
    ASSERT_EQ(after.size(), killed.size()) << "the resumed run allocated other numbers";
    for (size_t i = 0; i < after.size(); ++i) EXPECT_EQ(after[i].number, killed[i].number);
}

}  // namespace
}  // namespace fd::e2e
