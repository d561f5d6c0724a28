// Runs independent tasks on N threads. The first exception thrown by a task stops the
// remaining tasks from starting and is rethrown to the caller.
#pragma once

#include <cstddef>
#include <functional>

namespace fd::cli {

unsigned defaultJobs();   // the number of cores
void parallelFor(size_t count, unsigned jobs, const std::function<void(size_t index)>& task);

}  // namespace fd::cli
