// Helpers for end-to-end tests: run the real `formadoc` binary and the independent tools
// (qpdf, pdftotext, pdffonts, openpyxl) on what it writes.
#pragma once

#include <string>
#include <vector>

namespace fd::e2e {

struct CommandResult {
    int exitCode = -1;
    std::string out;      // stdout
    std::string err;      // stderr
};

// Runs `command` through /bin/sh with the given extra environment assignments ("NAME=value").
CommandResult runShell(const std::string& command, const std::vector<std::string>& env = {});
// Runs the formadoc binary with arguments (each argument is shell-quoted).
CommandResult runFormadoc(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

std::string shellQuote(const std::string& s);
std::string sourceDir();
std::string sampleDir(const std::string& name);   // samples/<name>
// A fresh empty directory under the system temp dir, removed at exit.
std::string makeTempDir(const std::string& tag);
std::string readFile(const std::string& path);
bool exists(const std::string& path);
std::vector<std::string> listFiles(const std::string& dir);   // recursive, relative, sorted

// pdftotext -layout of the whole document, or of one 1-based page.
std::string pdfText(const std::string& pdf, int page = 0);
// Collapses runs of whitespace (incl. U+00A0 / U+202F) to one ASCII space: text extracted from
// justified lines must match phrases regardless of spacing.
std::string normaliseSpaces(const std::string& text);

}  // namespace fd::e2e
