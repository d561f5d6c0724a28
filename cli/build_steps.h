// What `formadoc build` generates, in order. Each document kind contributes one step.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cli/programmes.h"

namespace fd::cli {

struct BuildStep {
    std::string kind;   // message "cli.kind.<kind>"
    // Writes the kind's files for the request; returns how many. Empty when this version
    // cannot generate the kind yet.
    std::function<size_t(const GenerationRequest&, Diagnostics& warnings)> run;
};

std::vector<BuildStep> buildSteps();

}  // namespace fd::cli
