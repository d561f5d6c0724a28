#include "cli/certificates_bundle.h"

#include <algorithm>
#include <filesystem>

#include "bundle/zip_bundle.h"
#include "writers/pdf/merge.h"

namespace fd::cli {
namespace {

bool hasFile(const CertificateOutcome& outcome) {
    return outcome.fate == CertificateFate::Written || outcome.fate == CertificateFate::Restored ||
           outcome.fate == CertificateFate::Unchanged;
}

std::string fileName(const CertificateOutcome& outcome) {
    return std::filesystem::path(outcome.path).filename().string();
}

// Midnight UTC of the latest issue date: the same files give the same bundle on any day.
int64_t bundleTime(const std::vector<const CertificateOutcome*>& files) {
    constexpr int64_t kSecondsPerDay = 86400;
    int64_t latest = 0;
    for (const CertificateOutcome* outcome : files)
        latest = std::max(latest, outcome->entry.issueDate.daysSinceEpoch() * kSecondsPerDay);
    return latest;
}

void writeZipBundle(const std::vector<const CertificateOutcome*>& files, const std::string& path) {
    std::vector<bundle::ZipEntry> entries;
    for (const CertificateOutcome* outcome : files) entries.push_back({fileName(*outcome), outcome->path});
    bundle::writeZip(std::move(entries), bundleTime(files), path);
}

void writePdfBundle(const std::vector<const CertificateOutcome*>& files, const std::string& path,
                    const i18n::Localizer& l10n) {
    std::vector<pdf::MergeInput> inputs;
    for (const CertificateOutcome* outcome : files)
        inputs.push_back({outcome->path, l10n.msg("certcli.bundle.bookmark", {{"number", outcome->entry.number},
                                                                            {"trainee", outcome->entry.traineeFullName}})});
    pdf::MergeOptions options;
    options.title = l10n.msg("certcli.bundle.title", {{"count", static_cast<int64_t>(files.size())}});
    options.language = i18n::bcp47(l10n.lang());
    options.createdUnix = bundleTime(files);
    pdf::mergePdfFiles(inputs, options, path);
}

}  // namespace

std::optional<BundleKind> parseBundleKind(const std::string& name) {
    if (name == "none") return BundleKind::None;
    if (name == "zip") return BundleKind::Zip;
    if (name == "pdf") return BundleKind::Pdf;
    return std::nullopt;
}

std::string writeBundle(BundleKind kind, const std::vector<CertificateOutcome>& outcomes, const std::string& outDir,
                        const i18n::Localizer& l10n) {
    std::vector<const CertificateOutcome*> files;
    for (const CertificateOutcome& outcome : outcomes)
        if (hasFile(outcome)) files.push_back(&outcome);
    if (kind == BundleKind::None || files.empty()) return {};
    std::sort(files.begin(), files.end(),
              [](const CertificateOutcome* a, const CertificateOutcome* b) { return fileName(*a) < fileName(*b); });
    if (kind == BundleKind::Zip) {
        const std::string path = outDir + "/certificates.zip";
        writeZipBundle(files, path);
        return path;
    }
    const std::string path = outDir + "/certificates.pdf";
    writePdfBundle(files, path, l10n);
    return path;
}

}  // namespace fd::cli
