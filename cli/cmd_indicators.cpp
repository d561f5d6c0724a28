#include <memory>

#include "cli/commands.h"

namespace fd::cli {

// This version cannot generate these documents yet: the options of the command-line contract
// are parsed, then the command says so and exits 2 without writing anything.
Command setupIndicators(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("indicators", ui.text("cli.indicators.description"));
    addCommonOptions(*cmd, *options, ui, false);
    auto year = std::make_shared<int>(0);
    cmd->add_option("--year", *year, ui.text("cli.opt.year"));
    return {cmd, [] { return runUnavailable("indicators"); }};
}

}  // namespace fd::cli
