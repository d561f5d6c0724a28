// Helpers shared by the certificate register tests: a throw-away directory per test, requests
// with sensible defaults, the "file" a certificate would be, and child processes.
#pragma once

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <sqlite3.h>
#include <gtest/gtest.h>

#include "register/register.h"

namespace fd::reg::testing {

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class TempDir {
public:
    TempDir() {
        std::string templ = (std::filesystem::temp_directory_path() / "formadoc-register-XXXXXX").string();
        if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
        path_ = templ;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path() const { return path_.string(); }
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    std::string registerFile() const { return registerPath(path()); }

private:
    std::filesystem::path path_;
};

// A raw SQLite connection for what the register's API deliberately cannot do.
class RawDatabase {
public:
    explicit RawDatabase(const std::string& path) { EXPECT_EQ(sqlite3_open(path.c_str(), &db_), SQLITE_OK); }
    ~RawDatabase() { sqlite3_close(db_); }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;
    // SQLite's result code.
    int exec(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }
    std::string single(const std::string& sql) {
        sqlite3_stmt* stmt = nullptr;
        std::string value;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        return value;
    }

private:
    sqlite3* db_ = nullptr;
};

inline std::string traineeId(int n) { return "T" + std::to_string(n); }

// A request for trainee `n` of session S1, model "realisation", in French, issued on 2026-03-09.
inline IssueRequest request(int n, const std::string& inputs = "first") {
    IssueRequest q;
    q.prefix = "ACR";
    q.traineeId = traineeId(n);
    q.sessionId = "S1";
    q.courseId = "MGT-ENT";
    q.model = "realisation";
    q.language = "fr";
    q.traineeFullName = "Trainee " + std::to_string(n);
    q.issueDate = Date{2026, 3, 9};
    q.inputsDigest = sha256Hex(q.traineeId + "|" + q.sessionId + "|" + inputs);
    q.templateId = "fr-qualiopi/realisation";
    q.templateDigest = sha256Hex("template");
    q.softwareVersion = "0.1.0";
    q.signer = "Claire Vasseur";
    return q;
}

// The same request in another language: the language is part of the inputs, as in
// certificateInputs(), so the digest differs too.
inline IssueRequest requestIn(const std::string& language, int n, const std::string& inputs = "first") {
    IssueRequest q = request(n, inputs + "|" + language);
    q.language = language;
    return q;
}

// What a generator would write for a reserved version: deterministic, so that two processes
// generating the same version agree, and different for every version.
inline std::string fileDigestFor(const RegisterEntry& e) {
    return sha256Hex("pdf|" + e.number + "|" + std::to_string(e.version) + "|" + e.inputsDigest);
}

inline Confirmation confirmationFor(const RegisterEntry& e) { return Confirmation{e.number, e.version, fileDigestFor(e)}; }

// The whole protocol for one certificate: reserve, "write", confirm when needed.
inline Reservation issue(CertificateRegister& reg, const IssueRequest& q) {
    Reservation r = reg.reserve(q);
    if (r.needsFile()) {
        reg.confirm(confirmationFor(r.entry));
        r.entry = *reg.currentVersion(r.entry.number, r.entry.language);
    }
    return r;
}

// The sequences of the entries (first versions only) of one prefix and year, in list order.
inline std::vector<int> sequencesOf(const std::vector<RegisterEntry>& entries, const std::string& prefix, int year) {
    std::vector<int> out;
    for (const RegisterEntry& e : entries)
        if (e.prefix == prefix && e.year == year && e.version == 1) out.push_back(e.sequence);
    return out;
}

inline std::vector<int> oneTo(int n) {
    std::vector<int> out;
    for (int i = 1; i <= n; ++i) out.push_back(i);
    return out;
}

// The key of the RegisterError `action` throws; a test failure when it throws nothing.
template <typename Action>
std::string registerErrorOf(Action action) {
    try {
        action();
    } catch (const RegisterError& e) {
        return e.key();
    }
    ADD_FAILURE() << "expected a RegisterError";
    return "";
}

// Runs `body` in a child process, which exits with body's result (1 when it throws) and never
// returns into the test framework.
inline pid_t runInChild(const std::function<int()>& body) {
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid > 0) return pid;
    int status = 1;
    try {
        status = body();
    } catch (...) {
        status = 1;
    }
    ::_exit(status);
}

// The child's exit code, or 128 + the signal that ended it.
inline int waitForChild(pid_t pid) {
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) return -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace fd::reg::testing
