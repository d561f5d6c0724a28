// Runs a command body and turns the errors a generation can meet (a bad template, text that
// cannot be typeset, an output that cannot be written) into a message and exit code 2.
#pragma once

#include <functional>

namespace fd::cli {

int guarded(const std::function<int()>& body);

}  // namespace fd::cli
