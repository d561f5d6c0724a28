#include "cli/certificates_render.h"

#include <fstream>
#include <iterator>

#include "cli/render.h"
#include "register/register.h"
#include "util/atomic_file.h"

namespace fd::cli {
namespace {

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) throw OutputError("cannot read " + path);
    return bytes;
}

void overwrite(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw OutputError("cannot write " + path);
}

}  // namespace

int64_t signingTimeOf(const Date& issueDate) {
    constexpr int64_t kSecondsPerDay = 86400;
    return issueDate.daysSinceEpoch() * kSecondsPerDay + kSecondsPerDay / 2;
}

std::string writeCertificateFile(const CertificateResources& resources, const CertificateTask& task,
                                 const gen::CertificateIdentity& identity, const std::string& path,
                                 Diagnostics& warnings) {
    const doc::Document document =
        gen::generateCertificate(resources.workspace(), *task.trainee, task.model, identity, resources.localizer(),
                                 resources.templateOf(task.model), warnings);
    // Stock font subsets: a certificate's bytes depend on its own text only, never on the
    // certificates written before it, so a re-issued certificate matches the register.
    pdf::PdfWriteOptions options;
    options.stockFontSubsets = true;
    renderPdf(document, path, options);
    if (!resources.signer()) return reg::sha256File(path);

    pdf::SignatureDetails details;
    details.signingTimeUnix = signingTimeOf(identity.issueDate);
    details.reason = resources.localizer().msg("certcli.signature.reason", {{"number", identity.number}});
    details.location = resources.workspace().organisation.address.city;
    const std::string signedBytes = pdf::signPdf(readBytes(path), *resources.signer(), details);
    overwrite(path, signedBytes);
    return reg::sha256Hex(signedBytes);
}

}  // namespace fd::cli
