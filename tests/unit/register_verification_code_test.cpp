// Verification codes: 8 characters without look-alikes, stable for a version, different for
// every version and every register.
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "register/verification_code.h"
#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::confirmationFor;
using testing::issue;
using testing::request;

bool inAlphabet(const std::string& code) {
    return code.find_first_not_of(kVerificationAlphabet) == std::string::npos;
}

TEST(RegisterVerificationCode, AlphabetHas32CharactersWithoutLookAlikes) {
    const std::string alphabet = kVerificationAlphabet;
    EXPECT_EQ(alphabet.size(), 32u);
    EXPECT_EQ(std::set<char>(alphabet.begin(), alphabet.end()).size(), 32u);
    for (char lookAlike : {'0', 'O', '1', 'I'}) EXPECT_EQ(alphabet.find(lookAlike), std::string::npos) << lookAlike;
}

TEST(RegisterVerificationCode, DerivationDependsOnEveryInput) {
    const std::string secret(64, 'a'), digest = sha256Hex("inputs");
    const std::string code = deriveVerificationCode(secret, "ACR-2026-00001", 1, digest, 0);
    EXPECT_EQ(code.size(), kVerificationCodeLength);
    EXPECT_TRUE(inAlphabet(code)) << code;
    EXPECT_EQ(deriveVerificationCode(secret, "ACR-2026-00001", 1, digest, 0), code);
    EXPECT_NE(deriveVerificationCode(std::string(64, 'b'), "ACR-2026-00001", 1, digest, 0), code);
    EXPECT_NE(deriveVerificationCode(secret, "ACR-2026-00002", 1, digest, 0), code);
    EXPECT_NE(deriveVerificationCode(secret, "ACR-2026-00001", 2, digest, 0), code);
    EXPECT_NE(deriveVerificationCode(secret, "ACR-2026-00001", 1, sha256Hex("other"), 0), code);
    EXPECT_NE(deriveVerificationCode(secret, "ACR-2026-00001", 1, digest, 1), code);
}

TEST(RegisterVerificationCode, TypedCodesAreNormalised) {
    EXPECT_EQ(normalizeVerificationCode(" 7k3m-q9tx "), "7K3MQ9TX");
}

TEST(RegisterVerificationCode, StableAcrossRunsAndDistinctAcrossCertificates) {
    testing::TempDir dir;
    std::vector<std::string> codes;
    {
        CertificateRegister reg(dir.registerFile());
        std::vector<IssueRequest> batch;
        for (int n = 0; n < 5000; ++n) batch.push_back(request(n));
        std::vector<Confirmation> written;
        for (const Reservation& r : reg.reserve(batch)) {
            codes.push_back(r.entry.verificationCode);
            written.push_back(confirmationFor(r.entry));
        }
        reg.confirm(written);
    }
    for (const std::string& code : codes) {
        EXPECT_EQ(code.size(), kVerificationCodeLength);
        EXPECT_TRUE(inAlphabet(code)) << code;
    }
    EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), codes.size());

    CertificateRegister reopened(dir.registerFile());
    for (int n : {0, 2500, 4999}) EXPECT_EQ(reopened.reserve(request(n)).entry.verificationCode, codes[n]);
}

TEST(RegisterVerificationCode, EachRegisterHasItsOwnSecret) {
    // Same number, version and inputs in two registers: a code cannot be computed from them alone.
    testing::TempDir one, two;
    CertificateRegister first(one.registerFile()), second(two.registerFile());
    const RegisterEntry a = issue(first, request(1)).entry, b = issue(second, request(1)).entry;
    ASSERT_EQ(a.number, b.number);
    ASSERT_EQ(a.inputsDigest, b.inputsDigest);
    EXPECT_NE(a.verificationCode, b.verificationCode);
}

}  // namespace
}  // namespace fd::reg
