// A workspace of any size for benchmarks: the organisation, courses, sessions and logo of a
// sample workspace, and N trainees made from its trainees of sessions ended by a given date,
// with new ids and varied (accented) names. Every synthetic trainee can receive a certificate
// on that date as the sample trainee it copies could.
#pragma once

#include <cstddef>
#include <string>

#include "model/values.h"

namespace fd::bench {

// Writes the workspace into `dir` (created when missing). Throws std::runtime_error when the
// sample cannot be read or has no trainee of a session ended by `ended`.
void writeSyntheticWorkspace(const std::string& sampleDir, const std::string& dir, size_t trainees, const Date& ended);

}  // namespace fd::bench
