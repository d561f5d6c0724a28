// writers/pdf/signing.h: PKCS#12 loading and PKCS#7 detached signatures that poppler validates.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "layout/page.h"
#include "writers/pdf/pdf_writer.h"
#include "writers/pdf/signing.h"

namespace fd::pdf {
namespace {

namespace fs = std::filesystem;

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string run(const std::string& command) {
    std::string output;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return output;
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
    pclose(pipe);
    return output;
}

class Signing : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new std::string(fs::temp_directory_path() / ("formadoc-signing-" + std::to_string(getpid())));
        fs::create_directories(*dir_);
        const std::string command =
            "cd '" + *dir_ + "' && openssl req -utf8 -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem"
            " -days 3650 -subj '/CN=Signataire Éprouvé' >/dev/null 2>&1"
            " && openssl pkcs12 -export -inkey key.pem -in cert.pem -out id.p12 -passout pass:secret";
        ASSERT_EQ(std::system(command.c_str()), 0);
    }
    static void TearDownTestSuite() {
        fs::remove_all(*dir_);
        delete dir_;
    }
    static std::string path(const std::string& name) { return *dir_ + "/" + name; }

    // A one-page PDF from the PDF writer.
    static std::string unsignedPdf() {
        layout::LaidOutDocument document;
        document.metadata.title = "Attestation de réalisation";
        document.metadata.created = 1798761600;
        document.faceUsed[static_cast<int>(layout::Face::Regular)] = true;
        layout::TextOp text;
        text.face = layout::Face::Regular;
        text.size = 14;
        text.x = 56;
        text.y = 780;
        text.text = "Attestation de réalisation — Éloïse Martin";
        layout::Page page;
        page.ops.push_back(text);
        document.pages.push_back(page);
        const std::string file = path("plain.pdf");
        writePdf(document, layout::FontFiles::debianDefaults(), file);
        return readAll(file);
    }

    static std::string* dir_;
};
std::string* Signing::dir_ = nullptr;

TEST_F(Signing, LoadsTheIdentityOfAPkcs12File) {
    const SigningIdentity identity = SigningIdentity::load(path("id.p12"), "secret");
    EXPECT_EQ(identity.signerName(), "Signataire Éprouvé");
    EXPECT_EQ(identity.certificateSha256().size(), 64u);
}

TEST_F(Signing, WrongPasswordOrMissingFileIsASigningError) {
    EXPECT_THROW(SigningIdentity::load(path("id.p12"), "wrong"), SigningError);
    EXPECT_THROW(SigningIdentity::load(path("missing.p12"), "secret"), SigningError);
    EXPECT_THROW(SigningIdentity::load(path("cert.pem"), "secret"), SigningError);
}

TEST_F(Signing, SignatureCoversTheWholeFileAndPdfsigValidatesIt) {
    const SigningIdentity identity = SigningIdentity::load(path("id.p12"), "secret");
    const std::string original = unsignedPdf();
    const SignatureDetails details{1798804800, "Délivrance de l’attestation HFA-2027-00001", "Nantes"};
    const std::string signedPdf = signPdf(original, identity, details);
    ASSERT_GT(signedPdf.size(), original.size());

    std::ofstream(path("signed.pdf"), std::ios::binary) << signedPdf;
    EXPECT_NE(run("pdftotext '" + path("signed.pdf") + "' -").find("Éloïse Martin"), std::string::npos)
        << "the content is unchanged";
    const std::string report = run("pdfsig '" + path("signed.pdf") + "'");
    EXPECT_NE(report.find("Signature is Valid"), std::string::npos) << report;
    EXPECT_NE(report.find("Total document signed"), std::string::npos) << report;
    EXPECT_NE(report.find("Signataire"), std::string::npos) << report;
    EXPECT_NE(report.find("Jan 01 2027"), std::string::npos) << "the signing time given, not the clock's\n" << report;
    EXPECT_NE(run("qpdf --check '" + path("signed.pdf") + "'").find("No syntax or stream encoding errors"),
              std::string::npos);
}

TEST_F(Signing, SameInputSameKeySameBytes) {
    const SigningIdentity identity = SigningIdentity::load(path("id.p12"), "secret");
    const std::string original = unsignedPdf();
    const SignatureDetails details{1798804800, "Emissão do certificado RBC-2027-00001", ""};
    EXPECT_EQ(signPdf(original, identity, details), signPdf(original, identity, details));
}

TEST_F(Signing, NotAPdfIsASigningError) {
    const SigningIdentity identity = SigningIdentity::load(path("id.p12"), "secret");
    EXPECT_THROW(signPdf("not a pdf", identity, {0, "reason", ""}), SigningError);
}

}  // namespace
}  // namespace fd::pdf
