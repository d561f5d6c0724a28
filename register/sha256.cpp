// sha256Hex / sha256File (declared in register.h) over OpenSSL's EVP interface.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <openssl/evp.h>

#include "register/hex.h"
#include "register/register.h"

namespace fd::reg {

namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using File = std::unique_ptr<std::FILE, decltype(&std::fclose)>;

[[noreturn]] void failReading(const std::string& path, const std::string& reason) {
    throw RegisterError("register.error.read_file", {{"path", path}, {"reason", reason}});
}

}  // namespace

std::string sha256Hex(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        throw RegisterError("register.error.digest", {});
    return toHex(digest, size);
}

std::string sha256File(const std::string& path) {
    File file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) failReading(path, std::strerror(errno));
    DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        throw RegisterError("register.error.digest", {});

    unsigned char buffer[1 << 16];
    size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, file.get())) > 0)
        if (EVP_DigestUpdate(context.get(), buffer, read) != 1) throw RegisterError("register.error.digest", {});
    if (std::ferror(file.get())) failReading(path, std::strerror(errno));

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &size) != 1) throw RegisterError("register.error.digest", {});
    return toHex(digest, size);
}

}  // namespace fd::reg
