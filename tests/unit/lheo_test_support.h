// Helpers of the LHEO tests: the real corpus (../shared/corpus/lheo, beside the repository),
// hand-made fixtures, scratch workspaces and diagnostic lookups.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace fd::lheo::testing {

inline std::string corpusDir() { return std::string(FORMADOC_SOURCE_DIR) + "/../shared/corpus/lheo"; }
inline std::string corpusFile(const std::string& name) { return corpusDir() + "/" + name; }
inline std::string fixture(const std::string& name) {
    return std::string(FORMADOC_SOURCE_DIR) + "/tests/fixtures/lheo/" + name;
}
inline std::string sample(const std::string& name) { return std::string(FORMADOC_SOURCE_DIR) + "/samples/" + name; }

#define FD_REQUIRE_LHEO_CORPUS()                                                              \
    do {                                                                                      \
        if (!std::filesystem::is_directory(::fd::lheo::testing::corpusDir()))                 \
            GTEST_SKIP() << ::fd::lheo::testing::corpusDir() << " is absent (no shared corpus)"; \
    } while (false)

inline std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << path;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void writeAll(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// A temporary directory, removed at scope exit; optionally a copy of `from`.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& from = "") {
        std::string pattern = (std::filesystem::temp_directory_path() / "formadoc-lheo-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir_ = pattern;
        if (!from.empty()) std::filesystem::copy(from, dir_, std::filesystem::copy_options::recursive);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    std::string path() const { return dir_.string(); }
    std::string file(const std::string& name) const { return (dir_ / name).string(); }

private:
    std::filesystem::path dir_;
};

inline std::vector<Diagnostic> withKey(const Diagnostics& diagnostics, const std::string& key) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : diagnostics.items())
        if (d.key == key) out.push_back(d);
    return out;
}

// The value of `arg` of every diagnostic with `key`.
inline std::vector<std::string> argsOf(const Diagnostics& diagnostics, const std::string& key, const std::string& arg) {
    std::vector<std::string> out;
    for (const Diagnostic& d : withKey(diagnostics, key)) {
        const auto found = d.args.find(arg);
        out.push_back(found == d.args.end() ? std::string() : found->second);
    }
    return out;
}

}  // namespace fd::lheo::testing
