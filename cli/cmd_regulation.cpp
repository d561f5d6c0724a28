#include <memory>

#include "cli/commands.h"
#include "cli/generation_command.h"
#include "cli/regulations.h"

namespace fd::cli {

// formadoc regulation WORKSPACE --out DIR [--lang L]: the internal regulations of the
// organisation's jurisdiction and the policy documents that go with them.
Command setupRegulation(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("regulation", ui.text("cli.regulation.description"));
    addCommonOptions(*cmd, *options, ui, false);
    return {cmd, [options] { return runGenerationStep(*options, writeRegulations); }};
}

}  // namespace fd::cli
