// The short code printed on each certificate; the reasoning is in register.h.
#pragma once

#include <string>

namespace fd::reg {

constexpr size_t kVerificationCodeLength = 8;

// HMAC-SHA256(secret, number | version | inputs digest | attempt), first 40 bits in base32 over
// kVerificationAlphabet. `attempt` is 0 unless that code is already taken by another version.
std::string deriveVerificationCode(const std::string& secret, const std::string& number, int version,
                                   const std::string& inputsDigest, int attempt);

// What a person typed, as stored: upper case, without spaces or '-'.
std::string normalizeVerificationCode(const std::string& typed);

}  // namespace fd::reg
