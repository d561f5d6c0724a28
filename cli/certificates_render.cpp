#include "cli/certificates_render.h"

#include "cli/render.h"

namespace fd::cli {

int64_t signingTimeOf(const Date& issueDate) {
    constexpr int64_t kSecondsPerDay = 86400;
    return issueDate.daysSinceEpoch() * kSecondsPerDay + kSecondsPerDay / 2;
}

std::string certificateBytes(const CertificateResources& resources, const CertificateTask& task,
                             const gen::CertificateIdentity& identity, Diagnostics& warnings) {
    const doc::Document document =
        gen::generateCertificate(resources.workspace(), *task.trainee, task.model, identity, resources.localizer(),
                                 resources.templateOf(task.model), warnings);
    // Stock font subsets: ready-made, so a run of thousands of certificates does not subset and
    // compress the same fonts for each; a certificate's bytes still depend on its own text only,
    // so a re-issued certificate matches the register's digest.
    pdf::PdfWriteOptions options;
    options.stockFontSubsets = true;
    std::string bytes = renderPdfBytes(document, options);
    if (resources.signer()) {
        pdf::SignatureDetails details;
        details.signingTimeUnix = signingTimeOf(identity.issueDate);
        details.reason = resources.localizer().msg("certcli.signature.reason", {{"number", identity.number}});
        details.location = resources.workspace().organisation.address.city;
        bytes = pdf::signPdf(bytes, *resources.signer(), details);
    }
    return bytes;
}

}  // namespace fd::cli
