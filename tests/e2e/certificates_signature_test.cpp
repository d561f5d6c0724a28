// Signed certificates (--sign KEY.p12 --sign-pass-file F): a PKCS#7 detached signature that
// poppler's pdfsig validates, reproducible, and recorded in the register as the final file.
#include <gtest/gtest.h>

#include <fstream>

#include "certificates_support.h"

namespace fd::e2e {
namespace {

struct Key {
    std::string p12, passFile;
};

// A throwaway RSA key and self-signed certificate, as a password-protected PKCS#12 file.
Key makeKey() {
    const std::string dir = makeTempDir("cert-key");
    const CommandResult r = runShell(
        "cd " + shellQuote(dir) +
        " && openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 3650"
        " -subj '/CN=Sophie Le Guen/O=Horizon Formation Atlantique' 2>/dev/null"
        " && openssl pkcs12 -export -inkey key.pem -in cert.pem -out id.p12 -passout pass:s3cret-é"
        " && printf 's3cret-é\\n' > pass.txt");
    if (r.exitCode != 0) throw std::runtime_error("openssl failed: " + r.err);
    return {dir + "/id.p12", dir + "/pass.txt"};
}

TEST(CertificatesSignaturePtCert17, PdfsigValidatesEverySignedCertificate) {
    const Key key = makeKey();
    const std::string ws = copySample("pt-entidade");
    const std::string out = makeTempDir("cert-signed");
    const std::vector<std::string> sign = {"--session", "VND-2503", "--sign", key.p12, "--sign-pass-file", key.passFile};
    const CommandResult r = issue(ws, out, sign);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> files = certificateFiles(out);
    ASSERT_FALSE(files.empty());
    for (const std::string& file : files) {
        const CommandResult check = runShell("pdfsig " + shellQuote(out + "/certificates/" + file));
        EXPECT_NE(check.out.find("Signature is Valid"), std::string::npos) << file << "\n" << check.out << check.err;
        EXPECT_NE(check.out.find("adbe.pkcs7.detached"), std::string::npos) << check.out;
        EXPECT_NE(check.out.find("Total document signed"), std::string::npos) << check.out;
        EXPECT_NE(check.out.find("Sophie Le Guen"), std::string::npos) << check.out;
        EXPECT_EQ(runShell("qpdf --check " + shellQuote(out + "/certificates/" + file)).exitCode, 0) << file;
    }

    // The register holds the signed file: verify accepts it; a re-run signs to the same bytes.
    const std::string first = out + "/certificates/" + files.front();
    EXPECT_EQ(runFormadoc({"verify", first, "--register", ws}).exitCode, 0);
    const std::string again = makeTempDir("cert-signed-again");
    ASSERT_EQ(issue(ws, again, sign).exitCode, 0);
    EXPECT_EQ(sha256Of(again + "/certificates/" + files.front()), sha256Of(first)) << "signature not reproducible";
}

TEST(CertificatesSignature, WrongPasswordIsBadInputAndWritesNothing) {
    const Key key = makeKey();
    const std::string wrong = makeTempDir("cert-wrong") + "/pass.txt";
    std::ofstream(wrong) << "not the password\n";
    const std::string ws = copySample("pt-entidade");
    const std::string out = makeTempDir("cert-unsigned");
    const CommandResult r = issue(ws, out, {"--sign", key.p12, "--sign-pass-file", wrong});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("cannot sign"), std::string::npos) << r.err;
    EXPECT_TRUE(certificateFiles(out).empty());
    EXPECT_EQ(issue(ws, out, {"--sign", key.p12}).exitCode, 2) << "--sign needs --sign-pass-file";
}

}  // namespace
}  // namespace fd::e2e
