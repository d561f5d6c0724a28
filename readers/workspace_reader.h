// Reads a whole workspace folder (docs/workspace-format.md) and validates it (model/validate.h).
#pragma once

#include <optional>
#include <string>

#include "model/diagnostics.h"
#include "model/model.h"

namespace fd {

struct ReadOptions {
    // Encoding of the CSV files: "" to detect it, else "utf-8", "windows-1252" or "iso-8859-1".
    std::string encoding;
};

// Reads organisation.xml and courses.xml (required), sessions.csv and trainees.csv (optional:
// absent means none yet), checks that the logo exists, then validates everything. Every problem
// of every file is added to `diagnostics`, sorted by file and line; nullopt when any is an error.
std::optional<Workspace> readWorkspace(const std::string& dir, const ReadOptions& options, Diagnostics& diagnostics);

}  // namespace fd
