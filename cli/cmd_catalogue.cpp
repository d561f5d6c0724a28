#include <memory>

#include "cli/commands.h"

namespace fd::cli {

// This version cannot generate these documents yet: the options of the command-line contract
// are parsed, then the command says so and exits 2 without writing anything.
Command setupCatalogue(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("catalogue", ui.text("cli.catalogue.description"));
    addCommonOptions(*cmd, *options, ui, false);
    return {cmd, [] { return runUnavailable("catalogue"); }};
}

}  // namespace fd::cli
