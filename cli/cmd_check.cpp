#include <memory>

#include "cli/commands.h"

namespace fd::cli {

// This version cannot generate these documents yet: the options of the command-line contract
// are parsed, then the command says so and exits 2 without writing anything.
Command setupCheck(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("check", ui.text("cli.check.description"));
    cmd->add_option("WORKSPACE", options->workspace, ui.text("cli.opt.workspace"))->required()->check(CLI::ExistingDirectory);
    return {cmd, [] { return runUnavailable("check"); }};
}

}  // namespace fd::cli
