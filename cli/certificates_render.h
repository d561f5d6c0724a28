// One certificate as a file: document from the generator, layout and PDF in memory with the
// writer's stock font subsets (cli/render.h), then, when the run signs, the PKCS#7 signature
// dated from the register's issue date; the file is written once, with its final bytes.
#pragma once

#include <string>

#include "cli/certificates_plan.h"
#include "cli/certificates_resources.h"
#include "model/diagnostics.h"

namespace fd::cli {

// Writes the certificate to `path` (a temporary path of the caller's, renamed once the register
// agrees) and returns the SHA-256 of its bytes. Texts missing in the output language add
// warnings. Throws what renderPdfBytes throws, pdf::SigningError and OutputError (write failure).
std::string writeCertificateFile(const CertificateResources& resources, const CertificateTask& task,
                                 const gen::CertificateIdentity& identity, const std::string& path,
                                 Diagnostics& warnings);

// The signing time of a certificate issued on `issueDate`: noon UTC, so that the day shown is
// the issue date in every time zone of Europe and the Americas.
int64_t signingTimeOf(const Date& issueDate);

}  // namespace fd::cli
