#include <memory>

#include "cli/catalogue.h"
#include "cli/commands.h"
#include "cli/generation_command.h"

namespace fd::cli {

Command setupCatalogue(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("catalogue", ui.text("cli.catalogue.description"));
    addCommonOptions(*cmd, *options, ui, true);
    return {cmd, [options] { return runGenerationStep(*options, writeCatalogues); }};
}

}  // namespace fd::cli
