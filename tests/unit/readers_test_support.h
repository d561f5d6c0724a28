// Helpers shared by the readers and model tests: fixture paths and diagnostic lookups.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace fd::testing {

inline std::string fixturePath(const std::string& relative) {
    return std::string(FORMADOC_SOURCE_DIR) + "/tests/fixtures/readers/" + relative;
}

inline std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << path;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// "file:line:key" of every diagnostic, in order: one readable string per problem for assertions.
inline std::vector<std::string> summary(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.items())
        out.push_back(d.file + ":" + std::to_string(d.line) + ":" + d.key);
    return out;
}

// The diagnostics with this key.
inline std::vector<Diagnostic> withKey(const Diagnostics& diagnostics, const std::string& key) {
    std::vector<Diagnostic> out;
    for (const auto& d : diagnostics.items())
        if (d.key == key) out.push_back(d);
    return out;
}

}  // namespace fd::testing
