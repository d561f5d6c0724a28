#include "cli/certificates_issue.h"

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "cli/certificates_leftovers.h"
#include "cli/certificates_render.h"
#include "cli/environment.h"
#include "cli/parallel.h"
#include "cli/progress.h"
#include "cli/ui.h"
#include "util/atomic_file.h"

namespace fd::cli {
namespace {

reg::IssueRequest issueRequest(const CertificateResources& resources, const CertificateTask& task,
                               const Date& issueDate) {
    const Organisation& org = resources.workspace().organisation;
    reg::IssueRequest q;
    q.prefix = org.certificatePrefix;
    q.traineeId = task.trainee->id;
    q.sessionId = task.session->id;
    q.courseId = task.course->id;
    q.model = gen::certificateModelId(task.model);
    q.language = resources.localizer().lang();
    q.traineeFullName = task.trainee->givenNames + " " + task.trainee->familyName;
    q.issueDate = issueDate;
    q.inputsDigest = resources.inputsDigest(*task.trainee, task.model);
    q.templateId = resources.templateId(task.model);
    q.templateDigest = resources.templateDigest(task.model);
    q.softwareVersion = softwareVersion();
    q.signer = org.legalRepresentative.name.empty() ? org.legalName : org.legalRepresentative.name;
    return q;
}

gen::CertificateIdentity identityOf(const reg::RegisterEntry& entry, const Organisation& org) {
    return {entry.number, entry.edition, entry.verificationCode, entry.issueDate,
            gen::verificationUrlFor(org, entry.verificationCode)};
}

// The certificate files already in `dir`, by number and language: "<number>_<name>.<lang>.pdf"
// ("<number>.<lang>.pdf" when the name has no letter to keep).
using CertificateKey = std::pair<std::string, std::string>;   // number, language
using ExistingFiles = std::map<CertificateKey, std::vector<std::string>>;

ExistingFiles existingFiles(const std::string& dir) {
    ExistingFiles files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::filesystem::path& path = entry.path();
        const std::string name = path.filename().string();
        const std::string language = path.stem().extension().string();   // ".fr"
        const size_t numberEnd = name.find_first_of("_.");
        if (path.extension() == ".pdf" && language.size() > 1 && numberEnd != 0)   // 0: a hidden file
            files[{name.substr(0, numberEnd), language.substr(1)}].push_back(name);
    }
    return files;
}

// A new version whose file name changed (a corrected name) replaces the earlier file in its
// language: the folder holds the current version of each certificate in each language issued
// there, the register every version.
void removeEarlierFiles(const ExistingFiles& existing, const std::string& dir, const CertificateKey& certificate,
                        const std::string& current) {
    auto found = existing.find(certificate);
    if (found == existing.end()) return;
    for (const std::string& name : found->second)
        if (dir + "/" + name != current) std::filesystem::remove(dir + "/" + name);
}

bool fileHasDigest(const std::string& path, const std::string& sha256) {
    try {
        return std::filesystem::is_regular_file(path) && reg::sha256File(path) == sha256;
    } catch (const reg::RegisterError&) {
        return false;   // unreadable: written again
    }
}

// Step 2 for one certificate. `confirmation` is set when the register must record the file.
CertificateOutcome produce(const CertificateResources& resources, const CertificateTask& task,
                           const reg::Reservation& reservation, const std::string& dir, const ExistingFiles& existing,
                           Diagnostics& warnings, std::optional<reg::Confirmation>& confirmation) {
    CertificateOutcome outcome{&task, reservation.entry, {}, CertificateFate::Revoked};
    if (reservation.outcome == reg::IssueOutcome::Revoked) return outcome;

    const reg::RegisterEntry& entry = reservation.entry;
    const gen::CertificateIdentity identity = identityOf(entry, resources.workspace().organisation);
    const std::string& lang = resources.localizer().lang();
    const CertificateKey certificate{entry.number, lang};
    outcome.path = dir + "/" + gen::certificateFileName(identity, *task.trainee, lang);
    if (!reservation.needsFile() && fileHasDigest(outcome.path, entry.fileSha256)) {
        outcome.fate = CertificateFate::Unchanged;
        return outcome;
    }

    const std::string bytes = certificateBytes(resources, task, identity, warnings);
    const std::string sha256 = reg::sha256Hex(bytes);
    if (reservation.needsFile()) {
        writeFileAtomically(outcome.path, bytes);
        removeEarlierFiles(existing, dir, certificate, outcome.path);
        confirmation = reg::Confirmation{entry.number, entry.version, sha256};
        outcome.fate = CertificateFate::Written;
    } else if (sha256 == entry.fileSha256) {
        writeFileAtomically(outcome.path, bytes);
        removeEarlierFiles(existing, dir, certificate, outcome.path);
        outcome.fate = CertificateFate::Restored;
    } else {
        outcome.fate = CertificateFate::NotReproducible;   // nothing written
    }
    return outcome;
}

}  // namespace

std::string certificatesDirectory(const std::string& outDir) { return outDir + "/certificates"; }

IssueResult issueCertificates(const CertificatePlan& plan, const CertificateResources& resources,
                              const IssueSettings& settings, reg::CertificateRegister& certificateRegister) {
    const std::string dir = certificatesDirectory(settings.outDir);
    ensureDirectory(dir);
    removeAbandonedTemporaryFiles(dir);
    removeAbandonedTemporaryFiles(settings.outDir);   // the bundles' (certificates.zip, .pdf)
    const ExistingFiles existing = existingFiles(dir);
    const size_t count = plan.tasks.size();

    // 1. Reserve, all in one transaction.
    std::vector<reg::IssueRequest> requests(count);
    parallelFor(count, settings.jobs, [&](size_t i) {
        requests[i] = issueRequest(resources, plan.tasks[i], settings.issueDate);
    });
    const std::vector<reg::Reservation> reservations = certificateRegister.reserve(requests);

    // 2. Write the files; durable together before anything is confirmed.
    IssueResult result;
    result.outcomes.resize(count);
    std::vector<std::optional<reg::Confirmation>> confirmations(count);
    {
        DeferredSyncBatch batch;
        Progress progress(Ui::instance().text("certcli.progress"), count, stderrIsTerminal());
        std::mutex mutex;
        std::set<std::string> seen;   // warnings repeat for every trainee of a course: keep each once
        parallelFor(count, settings.jobs, [&](size_t i) {
            Diagnostics warnings;
            result.outcomes[i] = produce(resources, plan.tasks[i], reservations[i], dir, existing, warnings, confirmations[i]);
            std::lock_guard<std::mutex> lock(mutex);
            for (const Diagnostic& d : warnings.items())
                if (seen.insert(Ui::instance().render(d)).second) result.warnings.add(d);
            progress.advance();
        });
        batch.sync();
    }

    // 3. Confirm, all in one transaction.
    std::vector<reg::Confirmation> written;
    for (size_t i = 0; i < count; ++i) {
        if (!confirmations[i]) continue;
        written.push_back(*confirmations[i]);
        result.outcomes[i].entry.fileSha256 = confirmations[i]->fileSha256;
        result.outcomes[i].entry.status = reg::CertificateStatus::Issued;
    }
    if (!written.empty()) certificateRegister.confirm(written);
    return result;
}

}  // namespace fd::cli
