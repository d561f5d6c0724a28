// What the internal regulations and the policy documents state beyond the organisation's own
// record: facts derived from its courses (delegate elections, distance learning, paid
// training), its certified CNAEF areas, the file names of the companion documents, and the
// edition (version and entry into force). Templates reach them through the `regulation` root
// (regulation templates) or the `policy` root (policy templates); docs/templates.md lists them.
#pragma once

#include <string>
#include <vector>

#include "generators/template/types.h"
#include "model/model.h"

namespace fd::gen {

// Which text is in force: the version identifies the wording, the date says since when.
struct Edition {
    std::string version;
    Date effectiveDate;
};

struct LegalFacts {
    Edition edition;
    std::vector<const Course*> longCourses;    // courses whose trainees elect delegates (FR-RI-16)
    std::vector<std::string> areas;            // the DGERT-certified CNAEF area codes (PT-REG-01)
    std::vector<std::string> deliveryModes;    // presential, distance, blended, work-based: those offered
    bool distanceLearning = false;             // some course or session is distance or blended (PT-REG-15)
    bool paidTraining = false;                 // some course has a price (PT-REG-06)
    // The companion documents in the output language, e.g. "policies/complaints.fr.pdf".
    std::string complaintsFile, accessibilityFile, dataProtectionFile;
};

// CT R6352-9: trainees of a course of more than 500 hours elect delegates.
bool needsDelegateElection(const Course& course);

// The facts of `workspace` for documents in `lang`.
LegalFacts legalFacts(const Workspace& workspace, const std::string& lang, const Edition& edition);

// The record type "legal-document" and the value of the facts (they must outlive the rendering).
const tmpl::RecordType& legalFactsType();
tmpl::Value legalFactsValue(const LegalFacts& facts);

}  // namespace fd::gen
