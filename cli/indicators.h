// Generation of the published result indicators, shared by `formadoc indicators` and
// `formadoc build`: DIR/indicators.<lang>.pdf and DIR/indicators.<lang>.xlsx for each language,
// from one computation calculated on fd::buildDate().
#pragma once

#include <cstddef>

#include "cli/programmes.h"
#include "generators/indicators/compute.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::cli {

// Writes the PDF and the workbook of each language of `request` over `period`; returns the
// number of files written. Texts missing in a language are added to `warnings`.
size_t writeIndicators(const GenerationRequest& request, const gen::Period& period, Diagnostics& warnings);

// The period published when none is asked for: the latest calendar year in which a session with
// trainees ended, not after the build date.
gen::Period defaultIndicatorsPeriod(const Workspace& workspace);

// What `formadoc build` runs: writeIndicators over the default period.
size_t writeDefaultIndicators(const GenerationRequest& request, Diagnostics& warnings);

}  // namespace fd::cli
