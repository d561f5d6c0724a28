// Certificate numbers: PREFIX-YYYY-NNNNN.
#pragma once

#include <string>

namespace fd::reg {

// 1 to 20 ASCII letters, digits and '-', neither first nor last: a number then reads unambiguously
// from the right (…-YYYY-NNNNN) and stays safe in file names and URLs.
bool isValidPrefix(const std::string& prefix);

// "ACR", 2026, 42 -> "ACR-2026-00042"; sequences past 99999 simply take more digits.
std::string formatNumber(const std::string& prefix, int year, int sequence);

}  // namespace fd::reg
