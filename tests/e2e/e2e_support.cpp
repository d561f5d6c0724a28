#include "e2e_support.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace fd::e2e {
namespace fs = std::filesystem;

namespace {

struct TempDirs {
    std::vector<std::string> dirs;
    ~TempDirs() {
        if (std::getenv("FORMADOC_KEEP_TEST_OUTPUT")) return;
        for (const auto& d : dirs) {
            std::error_code ec;
            fs::remove_all(d, ec);
        }
    }
};
TempDirs& tempDirs() {
    static TempDirs t;
    return t;
}

}  // namespace

std::string shellQuote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

CommandResult runShell(const std::string& command, const std::vector<std::string>& env) {
    std::string dir = makeTempDir("cmd");
    std::string outFile = dir + "/stdout", errFile = dir + "/stderr";
    std::string full;
    for (const auto& e : env) full += "export " + shellQuote(e) + "; ";
    full += "( " + command + " ) >" + shellQuote(outFile) + " 2>" + shellQuote(errFile);
    int status = std::system(full.c_str());
    CommandResult r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readFile(outFile);
    r.err = readFile(errFile);
    return r;
}

CommandResult runFormadoc(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    std::string cmd = shellQuote(FORMADOC_BINARY);
    for (const auto& a : args) cmd += " " + shellQuote(a);
    std::vector<std::string> fullEnv = {std::string("FORMADOC_DATA_DIR=") + FORMADOC_SOURCE_DIR, "FORMADOC_LANG=en"};
    fullEnv.insert(fullEnv.end(), env.begin(), env.end());
    return runShell(cmd, fullEnv);
}

std::string sourceDir() { return FORMADOC_SOURCE_DIR; }
std::string sampleDir(const std::string& name) { return sourceDir() + "/samples/" + name; }

std::string makeTempDir(const std::string& tag) {
    std::string pattern = (fs::temp_directory_path() / ("formadoc-e2e-" + tag + "-XXXXXX")).string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data())) throw std::runtime_error("mkdtemp failed for " + pattern);
    tempDirs().dirs.emplace_back(buf.data());
    return buf.data();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool exists(const std::string& path) { return fs::exists(path); }

std::vector<std::string> listFiles(const std::string& dir) {
    std::vector<std::string> files;
    if (!fs::exists(dir)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), dir).string());
    std::sort(files.begin(), files.end());
    return files;
}

std::string pdfText(const std::string& pdf, int page) {
    std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
    CommandResult r = runShell("pdftotext -enc UTF-8" + range + " " + shellQuote(pdf) + " -");
    if (r.exitCode != 0) throw std::runtime_error("pdftotext failed on " + pdf + ": " + r.err);
    return r.out;
}

std::string normaliseSpaces(const std::string& text) {
    std::string out;
    bool pendingSpace = false;
    for (size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        size_t len = 1;
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) space = true, len = 2;
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0xAF)
            space = true, len = 3;
        if (space) {
            pendingSpace = !out.empty();
        } else {
            if (pendingSpace) out += ' ';
            pendingSpace = false;
            out.append(text, i, len);
        }
        i += len;
    }
    return out;
}

}  // namespace fd::e2e
