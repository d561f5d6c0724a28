// The body shared by the subcommands that generate one kind of document from a workspace:
// read and validate it, run the step, print warnings and the number of files written.
#pragma once

#include <functional>

#include "cli/commands.h"
#include "cli/programmes.h"

namespace fd::cli {

using GenerationStep = std::function<size_t(const GenerationRequest&, Diagnostics& warnings)>;

int runGenerationStep(const CommonOptions& options, const GenerationStep& step);

}  // namespace fd::cli
