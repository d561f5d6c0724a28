// Reads and validates a workspace for a command; prints every diagnostic.
#pragma once

#include <optional>
#include <string>

#include "model/model.h"

namespace fd::cli {

// nullopt when the workspace has errors (all of them printed). Warnings are printed too.
std::optional<Workspace> loadWorkspace(const std::string& dir, const std::string& encoding);

}  // namespace fd::cli
