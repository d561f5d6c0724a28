// --bundle zip and --bundle pdf: every certificate of the run in one archive or one PDF.
#include <gtest/gtest.h>

#include <sstream>

#include "certificates_support.h"

namespace fd::e2e {
namespace {

TEST(CertificatesBundleTrace04, ZipListsEveryCertificateAndIsReproducible) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-zip");
    ASSERT_EQ(issue(ws, out, {"--bundle", "zip"}).exitCode, 0);
    const std::string zip = out + "/certificates.zip";
    const std::string script =
        "import zipfile, sys\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "assert z.testzip() is None\n"
        "print('\\n'.join(i.filename + ' ' + str(i.date_time) for i in z.infolist()))\n";
    const CommandResult listing = runShell("/usr/bin/python3 -c " + shellQuote(script) + " " + shellQuote(zip));
    ASSERT_EQ(listing.exitCode, 0) << listing.err;

    std::vector<std::string> names;
    std::istringstream lines(listing.out);
    for (std::string line; std::getline(lines, line);) {
        names.push_back(line.substr(0, line.find(' ')));
        // Stamped with the issue date (2027-01-01), not the time of the run.
        EXPECT_NE(line.find("(2027, 1, 1, 0, 0, 0)"), std::string::npos) << line;
    }
    EXPECT_EQ(names, certificateFiles(out)) << "every certificate, sorted";

    const std::string digest = sha256Of(zip);
    ASSERT_EQ(issue(ws, out, {"--bundle", "zip"}).exitCode, 0);
    EXPECT_EQ(sha256Of(zip), digest) << "the archive changed without any change to the certificates";
}

TEST(CertificatesBundlePtCert15, MergedPdfHoldsEveryPageAndPassesQpdf) {
    const std::string ws = copySample("pt-entidade");
    const std::string out = makeTempDir("cert-merged");
    const CommandResult r = issue(ws, out, {"--bundle", "pdf"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string merged = out + "/certificates.pdf";
    const CommandResult check = runShell("qpdf --check " + shellQuote(merged));
    EXPECT_EQ(check.exitCode, 0) << check.out << check.err;

    int pages = 0;
    size_t totalSize = 0;
    const std::vector<std::string> files = certificateFiles(out);
    for (const std::string& file : files) {
        pages += pageCount(out + "/certificates/" + file);
        totalSize += readFile(out + "/certificates/" + file).size();
    }
    EXPECT_EQ(pageCount(merged), pages);
    // Shared objects (the logo at least) make it smaller than the files side by side.
    EXPECT_LT(readFile(merged).size(), totalSize);
    // The first certificate's number is on the first page (PT-CERT-01), its modules on its back (PT-CERT-15).
    const std::string firstNumber = files.front().substr(0, files.front().find('_'));
    EXPECT_NE(normaliseSpaces(pdfText(merged, 1)).find(firstNumber), std::string::npos);
}

}  // namespace
}  // namespace fd::e2e
