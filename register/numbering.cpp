#include "register/numbering.h"

#include <algorithm>
#include <cstdio>

namespace fd::reg {

namespace {

constexpr size_t kMaxPrefixLength = 20;

bool isPrefixCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace

bool isValidPrefix(const std::string& prefix) {
    return !prefix.empty() && prefix.size() <= kMaxPrefixLength && prefix.front() != '-' && prefix.back() != '-' &&
           std::all_of(prefix.begin(), prefix.end(), isPrefixCharacter);
}

std::string formatNumber(const std::string& prefix, int year, int sequence) {
    char tail[32];
    std::snprintf(tail, sizeof tail, "-%04d-%05d", year, sequence);
    return prefix + tail;
}

}  // namespace fd::reg
