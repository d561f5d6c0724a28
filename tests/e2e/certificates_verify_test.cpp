// `formadoc verify` and `formadoc register export|revoke` (TRACE-03, TRACE-04, TRACE-05).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "certificates_support.h"

namespace fd::e2e {
namespace {

struct Issued {
    std::string ws, out, file, number;
};

Issued issueOneSession() {
    Issued i{copySample("fr-organisme"), makeTempDir("cert-verify"), {}, {}};
    const CommandResult r = issue(i.ws, i.out, {"--session", "MGT-2503", "--model", "realisation"});
    if (r.exitCode != 0) throw std::runtime_error(r.err);
    const std::string name = certificateFiles(i.out).front();
    i.file = i.out + "/certificates/" + name;
    i.number = name.substr(0, name.find('_'));
    return i;
}

CommandResult verify(const std::string& file, const std::string& registerPath) {
    return runFormadoc({"verify", file, "--register", registerPath});
}

TEST(CertificatesVerifyTrace04, IssuedFileIsGenuine) {
    const Issued i = issueOneSession();
    const CommandResult r = verify(i.file, i.ws + "/register.sqlite");
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("Certificate " + i.number + ", version 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("GENUINE"), std::string::npos) << r.out;
    // The workspace folder names its register too.
    EXPECT_EQ(verify(i.file, i.ws).exitCode, 0);
}

// The QR code is read back from the rendered page by an independent decoder (zbarimg): it must
// carry the verification URL printed under it, with this certificate's code.
TEST(CertificatesVerifyTrace04, QrCodeScansToThePrintedVerificationUrl) {
    const Issued i = issueOneSession();
    const std::string png = makeTempDir("cert-qr") + "/page";
    const CommandResult render = runShell("pdftoppm -png -r 150 -f 1 -l 1 -singlefile " + shellQuote(i.file) + " " +
                                          shellQuote(png));
    ASSERT_EQ(render.exitCode, 0) << render.err;
    const CommandResult scan = runShell("zbarimg --quiet --raw " + shellQuote(png + ".png"));
    ASSERT_EQ(scan.exitCode, 0) << scan.err;
    const std::string url = scan.out.substr(0, scan.out.find('\n'));
    const std::string prefix = "https://www.horizon-formation.fr/verifier/";
    ASSERT_EQ(url.rfind(prefix, 0), 0u) << url;
    EXPECT_GT(url.size(), prefix.size() + 6) << "the code is missing: " << url;
    EXPECT_NE(normaliseSpaces(pdfText(i.file)).find(url), std::string::npos) << url;
}

TEST(CertificatesVerifyTrace04, OneChangedByteIsNotGenuine) {
    const Issued i = issueOneSession();
    std::string bytes = readFile(i.file);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    const std::string forged = makeTempDir("cert-forged") + "/forged.pdf";
    std::ofstream(forged, std::ios::binary) << bytes;
    const CommandResult r = verify(forged, i.ws + "/register.sqlite");
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("NOT GENUINE"), std::string::npos) << r.out;
}

TEST(CertificatesVerifyTrace04, RevokedCertificateIsRejectedWithItsReasonAndNotIssuedAgain) {
    const Issued i = issueOneSession();
    const CommandResult revoke =
        runFormadoc({"register", "revoke", i.ws, i.number, "--reason", "issued to the wrong person"}, kPinnedDate);
    ASSERT_EQ(revoke.exitCode, 0) << revoke.err;
    const CommandResult r = verify(i.file, i.ws + "/register.sqlite");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("REVOKED"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("issued to the wrong person"), std::string::npos) << r.out;

    // Revoking twice is refused; a new run skips the number and says so.
    EXPECT_EQ(runFormadoc({"register", "revoke", i.ws, i.number, "--reason", "again"}, kPinnedDate).exitCode, 2);
    const CommandResult rerun = issue(i.ws, i.out, {"--session", "MGT-2503", "--model", "realisation"});
    EXPECT_EQ(rerun.exitCode, 0) << rerun.err;
    EXPECT_NE(rerun.err.find(i.number), std::string::npos) << rerun.err;
    EXPECT_NE(rerun.err.find("revoked"), std::string::npos) << rerun.err;
    for (const RegisterRow& row : registerRows(i.ws)) {
        if (row.number == i.number) {
            EXPECT_TRUE(row.revoked);
        }
    }
}

TEST(CertificatesVerifyTrace05, EarlierVersionIsGenuineButSuperseded) {
    const Issued i = issueOneSession();
    const std::string kept = makeTempDir("cert-v1") + "/v1.pdf";
    std::filesystem::copy_file(i.file, kept);
    // A correction in the data the certificate prints makes version 2.
    std::string xml = readFile(i.ws + "/courses.xml");
    const std::string from = "Manager une équipe au quotidien";
    const size_t at = xml.find(from);
    ASSERT_NE(at, std::string::npos);
    xml.replace(at, from.size(), "Manager une équipe au jour le jour");
    std::ofstream(i.ws + "/courses.xml", std::ios::binary | std::ios::trunc) << xml;
    ASSERT_EQ(issue(i.ws, i.out, {"--session", "MGT-2503", "--model", "realisation"}).exitCode, 0);

    const CommandResult old = verify(kept, i.ws);
    EXPECT_EQ(old.exitCode, 1) << old.out;
    EXPECT_NE(old.out.find("SUPERSEDED"), std::string::npos) << old.out;
    EXPECT_NE(old.out.find("version 2"), std::string::npos) << old.out;
    EXPECT_EQ(verify(i.file, i.ws).exitCode, 0) << "the new version is the current one";
}

TEST(CertificatesVerify, MissingRegisterOrFileIsBadInput) {
    const Issued i = issueOneSession();
    EXPECT_EQ(verify(i.file, makeTempDir("cert-noreg") + "/register.sqlite").exitCode, 2);
    EXPECT_EQ(verify(i.out + "/missing.pdf", i.ws).exitCode, 2);
}

TEST(CertificatesRegisterTrace04, ExportListsEveryVersionForAuditors) {
    const Issued i = issueOneSession();
    const std::string xlsx = makeTempDir("cert-xlsx") + "/register.xlsx";
    const CommandResult r = runFormadoc({"register", "export", i.ws, "--out", xlsx, "--lang", "fr"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string script =
        "import openpyxl, sys\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "print('\\n'.join(str(c.value) for row in ws.iter_rows() for c in row))\n";
    const CommandResult cells = runShell("/usr/bin/python3 -c " + shellQuote(script) + " " + shellQuote(xlsx));
    ASSERT_EQ(cells.exitCode, 0) << cells.err;
    EXPECT_NE(cells.out.find(i.number), std::string::npos) << cells.out;
    EXPECT_NE(cells.out.find("Numéro"), std::string::npos) << cells.out;
    EXPECT_NE(cells.out.find(sha256Of(i.file)), std::string::npos) << "TRACE-04: file hash column";
}

}  // namespace
}  // namespace fd::e2e
