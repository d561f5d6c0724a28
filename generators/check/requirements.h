// The requirements registry: every requirement ID of /work/shared/domain/requirements.md that
// `formadoc check` knows, with its level (M / C / R column), the case that makes a conditional
// item apply, the documents that must carry it, the Qualiopi indicators it serves (the
// spec's Source column, and its §12 table where the item is an indicator's evidence) and the
// key of its short title in locales/*/check.xlf. Pure data: the rules are in the other files
// of generators/check.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"

namespace fd::check {

// The Level column: M, C (mandatory in the stated case), R.
enum class Level { Mandatory, Conditional, Recommended };

// The case a requirement depends on. `None` applies always; the others apply to a course (or,
// for the organisation, to any of its courses) when the workspace says so, except the last
// group, which no workspace field tells: such an item is only recommended.
enum class Condition {
    None,
    DistanceCourse,       // delivered (partly) at a distance: the course, or one of its sessions
    WorkBasedCourse,      // AFEST / em contexto de trabalho: the course, or one of its sessions
    CertifyingCourse,     // leads to an RNCP / RS certification
    LongCourse,           // more than 500 hours (FR-RI-16..19: trainee delegates)
    PaidCourse,           // has a price
    UfcdModules,          // built on CNQ UFCDs (a module has a code)
    VatExemptTraining,    // regime exempt-training
    VatFranchise,         // regime franchise-293b
    VatExemptPortugal,    // regime exempt-art9-pt
    Apprenticeship,       // the organisation is a CFA
    EnglishOutput,        // English is one of the output languages
    // Not derivable from a workspace:
    IndividualContract,   // contract with a private individual paying personally
    Subcontracting,       // the organisation works as a subcontractor / for one
    Newcomer,             // first Qualiopi certification cycle
    Detainees,            // trains detainees
};

// The documents a requirement concerns. `Mentions` are the identifiers and legal phrases every
// document carries; `Results` is the published result indicators.
enum class DocumentKind { Programme, Catalogue, Results, Regulation, Mentions, Translation };

struct Requirement {
    const char* id;                 // "FR-PROG-03"
    Level level;
    Condition condition;
    std::vector<DocumentKind> documents;
    std::vector<int> indicators;    // Qualiopi indicators (1..32); empty when none
    const char* titleKey;           // "check.req.fr_prog_03"

    bool concerns(DocumentKind kind) const;
    // "FR-PROG" for "FR-PROG-03", "EN" for "EN-02".
    std::string family() const;
};

// In the order of the spec.
const std::vector<Requirement>& requirements();
// nullptr when the registry does not know `id`.
const Requirement* findRequirement(const std::string& id);
// FR-… belong to France, PT-… to Portugal, EN-… to both.
bool belongsTo(const Requirement& requirement, Jurisdiction jurisdiction);
// The position of `id` in requirements(), for stable ordering; unknown IDs sort last.
size_t registryOrder(const std::string& id);

}  // namespace fd::check
