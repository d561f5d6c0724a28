// One certificate's bytes: document from the generator, layout and PDF in memory with the
// writer's stock font subsets (cli/render.h), then, when the run signs, the PKCS#7 signature
// dated from the register's issue date. The caller writes them once, with their final bytes.
#pragma once

#include <string>

#include "cli/certificates_plan.h"
#include "cli/certificates_resources.h"
#include "model/diagnostics.h"

namespace fd::cli {

// The certificate's PDF. Texts missing in the output language add warnings. Throws what
// renderPdfBytes throws and pdf::SigningError.
std::string certificateBytes(const CertificateResources& resources, const CertificateTask& task,
                             const gen::CertificateIdentity& identity, Diagnostics& warnings);

// The signing time of a certificate issued on `issueDate`: noon UTC, so that the day shown is
// the issue date in every time zone of Europe and the Americas.
int64_t signingTimeOf(const Date& issueDate);

}  // namespace fd::cli
