// The `formadoc` command: parses the command line and dispatches to one command.
#pragma once

namespace fd::cli {

// Exit codes of every command (DESIGN.md): success, compliance gap or failed verification,
// bad usage or bad input.
enum ExitCode { kExitOk = 0, kExitGaps = 1, kExitBadInput = 2 };

int run(int argc, char** argv);

}  // namespace fd::cli
