// Temporary files left by a run that was killed: util/atomic_file.h names them
// ".<name>.tmp-<pid>-<n>" and removes them itself, unless the process dies first.
#pragma once

#include <string>

namespace fd::cli {

// Removes, directly inside `dir`, the temporary files of processes that no longer run. Those of
// a live process (a concurrent run on the same folder) are left alone. Returns how many were
// removed; a missing folder has none.
size_t removeAbandonedTemporaryFiles(const std::string& dir);

}  // namespace fd::cli
