// Issuing certificates through the register (register/register.h), in three steps that a
// kill at any point leaves consistent:
//   1. reserve every certificate of the run in ONE transaction (numbers, versions, codes);
//   2. write each file that needs writing, in parallel, atomically (util/atomic_file.h),
//      fsync'ed together once at the end of the batch (util/atomic_file.h DeferredSyncBatch);
//   3. confirm every written file with its SHA-256 in ONE transaction.
// A re-run finds the reservations of a killed run and completes them with the same numbers,
// versions and issue dates, hence the same bytes; an issued certificate whose file is in place
// with the recorded SHA-256 is not rewritten. The run's language picks the chain of versions
// (register/register.h): switching language issues a translation under the same number, never a
// duplicate. The folder holds the current version of each certificate in each language issued
// there (a new version whose file name changed replaces the earlier file of its language); the
// register keeps every version.
#pragma once

#include <string>
#include <vector>

#include "cli/certificates_plan.h"
#include "cli/certificates_resources.h"
#include "model/diagnostics.h"
#include "register/register.h"

namespace fd::cli {

struct IssueSettings {
    std::string outDir;        // files go to outDir/certificates/
    unsigned jobs = 1;
    Date issueDate;            // for numbers and versions created by this run (fd::buildDate())
};

enum class CertificateFate {
    Written,          // a new number, version or translation, or a resumed reservation: file written,
                      // confirmed
    Restored,         // issued before; its file was missing or altered and was written again
    Unchanged,        // issued before; the file in place has the recorded SHA-256
    Revoked,          // the number is revoked: nothing written
    NotReproducible,  // issued before, file missing or altered, and the regenerated file differs
                      // from the recorded one (e.g. another signing key): nothing written
};

struct CertificateOutcome {
    const CertificateTask* task = nullptr;
    reg::RegisterEntry entry;   // the version the register holds (after confirmation)
    std::string path;           // outDir/certificates/<file name>; empty when revoked
    CertificateFate fate = CertificateFate::Written;
};

struct IssueResult {
    std::vector<CertificateOutcome> outcomes;   // in the plan's order
    Diagnostics warnings;                        // each distinct warning once
};

// Throws reg::RegisterError, fd::OutputError, layout::LayoutError, pdf::SigningError,
// tmpl::TemplateError, i18n::I18nError. Files written before a failure stay reserved, not
// confirmed: the next run completes them.
IssueResult issueCertificates(const CertificatePlan& plan, const CertificateResources& resources,
                              const IssueSettings& settings, reg::CertificateRegister& certificateRegister);

// outDir/certificates
std::string certificatesDirectory(const std::string& outDir);

}  // namespace fd::cli
