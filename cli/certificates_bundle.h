// The optional bundle of a `formadoc certificates` run: every certificate file of the run in one
// ZIP archive (DIR/certificates.zip) or in one PDF ready to print (DIR/certificates.pdf).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/certificates_issue.h"
#include "i18n/i18n.h"

namespace fd::cli {

enum class BundleKind { None, Zip, Pdf };

// "none", "zip", "pdf"
std::optional<BundleKind> parseBundleKind(const std::string& name);

// Writes the bundle of the outcomes that have a file, ordered by file name (hence by number),
// and returns its path; "" for BundleKind::None or when no certificate has a file. Reproducible:
// dates come from the latest issue date among them. Throws OutputError.
std::string writeBundle(BundleKind kind, const std::vector<CertificateOutcome>& outcomes, const std::string& outDir,
                        const i18n::Localizer& l10n);

}  // namespace fd::cli
