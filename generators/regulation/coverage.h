// Which requirements of domain/requirements.md a regulation template covers, and which ones a
// workspace's regulation must cover, so that `formadoc check` can report the requirement a
// customised template dropped. A template covers a requirement when one of its sections or
// articles declares it (`requires="FR-RI-09"`).
#pragma once

#include <string>
#include <vector>

#include "generators/template/template.h"
#include "model/model.h"

namespace fd::gen {

// Every requirement ID the template's sections and articles declare, sorted, without duplicates.
std::vector<std::string> regulationRequirementCoverage(const tmpl::Template& regulationTemplate);

// The requirement IDs the regulation of this workspace must cover, sorted:
// - France: the mandatory FR-RI items; FR-RI-16 to FR-RI-20 (trainee delegates) only when some
//   course lasts more than 500 hours; FR-RI-12 and FR-RI-23 only for a CFA;
// - Portugal: the mandatory PT-REG items; PT-REG-06 (payments) only when some course has a
//   price, PT-REG-15 (distance learning) only when some course or session has a distance part.
std::vector<std::string> mandatoryRegulationRequirements(const Workspace& workspace);

// The recommended items (good practice the auditors look for), sorted: FR-RI-03, -22, -24;
// PT-REG-11, -13, -14, -16.
std::vector<std::string> recommendedRegulationRequirements(const Workspace& workspace);

// The mandatory IDs of the workspace the template does not cover, sorted.
std::vector<std::string> missingRegulationRequirements(const tmpl::Template& regulationTemplate,
                                                       const Workspace& workspace);

}  // namespace fd::gen
