// A workspace with any number of courses, for the catalogue benchmark: the organisation, logo,
// courses, sessions and trainees of a sample workspace, then copies of its courses until there
// are N, each with a new reference, a title varied in every language (level and sector, accents
// included), one of a dozen domains ("Énergie…", "Œnologie…": collation matters), fewer or more
// modules (varied lengths) and zero to two sessions. Deterministic: the same N gives the same files.
#pragma once

#include <cstddef>
#include <string>

#include "model/values.h"

namespace fd::bench {

// Writes the workspace into `dir` (created when missing). The copies' sessions start after
// `from`, within the following year. Throws std::runtime_error when the sample cannot be read.
void writeCatalogueWorkspace(const std::string& sampleDir, const std::string& dir, size_t courses, const Date& from);

}  // namespace fd::bench
