#include <iostream>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/ui.h"

namespace fd::cli {

int runUnavailable(const std::string& command) {
    std::cerr << Ui::instance().text("cli.not_available", {{"command", command}}) << '\n';
    return kExitBadInput;
}

}  // namespace fd::cli
