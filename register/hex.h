// Hexadecimal text for digests, private to the register.
#pragma once

#include <cstddef>
#include <string>

namespace fd::reg {

std::string toHex(const unsigned char* bytes, size_t size);
std::string toLowerAscii(std::string text);
// Exactly 64 lower-case hex digits: what sha256Hex() returns.
bool isSha256Hex(const std::string& text);

}  // namespace fd::reg
