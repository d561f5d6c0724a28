// Helpers for the end-to-end tests of `formadoc certificates`, `verify` and `register`: a
// private copy of a sample workspace, runs with the issue date pinned, and what the register
// and the files say, read with independent tools (Python's sqlite3 and hashlib, qpdf).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "e2e_support.h"

namespace fd::e2e {

// 2027-01-01: every session of both samples has ended, so every attending trainee is eligible.
extern const std::vector<std::string> kPinnedDate;

// A copy of samples/<name> in a fresh temporary folder; returns its path.
std::string copySample(const std::string& name);

// `formadoc certificates WORKSPACE --out OUT` + extra arguments, issue date pinned.
CommandResult issue(const std::string& workspace, const std::string& out, const std::vector<std::string>& extra = {});

// One version of one certificate, as WORKSPACE/register.sqlite records it.
struct RegisterRow {
    std::string number, prefix, traineeId, model, language, status, fileSha256;
    int year = 0, sequence = 0, version = 0;
    bool revoked = false;
};
std::vector<RegisterRow> registerRows(const std::string& workspace);

// Lower-case hex SHA-256 of a file (Python's hashlib).
std::string sha256Of(const std::string& path);

// The PDF files of OUT/certificates, by name.
std::vector<std::string> certificateFiles(const std::string& out);

// Temporary files ("…tmp-…") anywhere under `dir`.
std::vector<std::string> temporaryFiles(const std::string& dir);

// Pages of a PDF according to qpdf.
int pageCount(const std::string& pdf);

// Trainee ids of a workspace's trainees.csv with the hours they attended (Python's csv).
std::map<std::string, double> traineeHours(const std::string& workspace);

}  // namespace fd::e2e
