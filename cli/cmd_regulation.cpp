#include <memory>

#include "cli/commands.h"

namespace fd::cli {

// This version cannot generate these documents yet: the options of the command-line contract
// are parsed, then the command says so and exits 2 without writing anything.
Command setupRegulation(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("regulation", ui.text("cli.regulation.description"));
    addCommonOptions(*cmd, *options, ui, false);
    return {cmd, [] { return runUnavailable("regulation"); }};
}

}  // namespace fd::cli
