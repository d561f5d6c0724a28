// trainees.csv -> trainees (docs/workspace-format.md).
#pragma once

#include <optional>
#include <vector>

#include "model/diagnostics.h"
#include "model/model.h"
#include "readers/csv.h"

namespace fd::readers {

// The columns of trainees.csv.
const CsvColumns& traineeColumns();

// One trainee per record; malformed values are reported and left at their defaults. nullopt when a
// required column is missing.
std::optional<std::vector<Trainee>> readTrainees(const CsvTable& table, Diagnostics& diagnostics);

}  // namespace fd::readers
