#include <memory>

#include "cli/commands.h"

namespace fd::cli {

// This version cannot generate these documents yet: the options of the command-line contract
// are parsed, then the command says so and exits 2 without writing anything.
Command setupVerify(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("verify", ui.text("cli.verify.description"));
    auto certificate = std::make_shared<std::string>();
    cmd->add_option("CERTIFICATE", *certificate, ui.text("cli.opt.certificate"))->required();
    cmd->add_option("--register", options->workspace, ui.text("cli.opt.register"))->required();
    return {cmd, [] { return runUnavailable("verify"); }};
}

}  // namespace fd::cli
