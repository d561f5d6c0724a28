// sessions.csv rows written from the model (docs/workspace-format.md): a new file, or rows added
// to an existing one in its own separator, column order and line ends.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::lheo {

// A new sessions.csv: UTF-8, comma-separated, header id,course,start,end,place,trainers,mode.
std::string sessionsCsv(const std::vector<Session>& sessions);

// `existing` (the bytes of sessions.csv) with `added` as new rows. The file's separator, column
// order and line ends are kept; a file in Windows-1252 or ISO-8859-1 is converted to UTF-8
// (reported). A value for a column the file lacks is reported and left out. nullopt, with the
// problems reported, when the file has no usable header.
std::optional<std::string> sessionsCsvWithAdded(const std::string& existing, const std::vector<Session>& added,
                                                Diagnostics& diagnostics);

}  // namespace fd::lheo
