#include "register/verification_code.h"

#include <cstdint>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "register/register.h"

namespace fd::reg {

std::string deriveVerificationCode(const std::string& secret, const std::string& number, int version,
                                   const std::string& inputsDigest, int attempt) {
    // '|' cannot occur in a number, a version or a hex digest: the fields cannot run into each other.
    const std::string message = number + "|" + std::to_string(version) + "|" + inputsDigest + "|" + std::to_string(attempt);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macSize = 0;
    if (!HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
              reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &macSize))
        throw RegisterError("register.error.digest", {});

    // 8 characters x 5 bits = the first 40 bits (5 bytes) of the MAC.
    uint64_t bits = 0;
    for (int i = 0; i < 5; ++i) bits = (bits << 8) | mac[i];
    std::string code(kVerificationCodeLength, ' ');
    for (size_t i = kVerificationCodeLength; i-- > 0;) {
        code[i] = kVerificationAlphabet[bits & 0x1F];
        bits >>= 5;
    }
    return code;
}

std::string normalizeVerificationCode(const std::string& typed) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        code.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return code;
}

}  // namespace fd::reg
