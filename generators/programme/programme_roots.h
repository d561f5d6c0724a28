// The template roots only programmes have, beside organisation, course, document and mentions:
//   results       the course's latest result indicators (ProgrammeResults, FR-PROG-20)
//   registration  identifiers derived from the organisation's, for the compact identity block
// docs/templates.md lists their fields.
#pragma once

#include <string>

#include "generators/programme/programme_results.h"
#include "generators/template/types.h"
#include "model/model.h"

namespace fd::gen {

struct Registration {
    std::string siren;          // the first nine digits of the SIRET, for "RCS Nantes 893 174 524"
};

Registration registrationOf(const Organisation& org);

const tmpl::RecordType& resultsRecord();
const tmpl::RecordType& registrationRecord();

// The objects must outlive the rendering.
tmpl::Value resultsValue(const ProgrammeResults& results);
tmpl::Value registrationValue(const Registration& registration);

}  // namespace fd::gen
