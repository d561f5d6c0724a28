// sessions.csv -> sessions (docs/workspace-format.md).
#pragma once

#include <optional>
#include <vector>

#include "model/diagnostics.h"
#include "model/model.h"
#include "readers/csv.h"

namespace fd::readers {

// The columns of sessions.csv.
const CsvColumns& sessionColumns();

// One session per record; malformed values are reported and left empty. nullopt when a required
// column is missing.
std::optional<std::vector<Session>> readSessions(const CsvTable& table, Diagnostics& diagnostics);

}  // namespace fd::readers
