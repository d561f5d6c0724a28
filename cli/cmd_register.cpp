#include <memory>

#include "cli/commands.h"

namespace fd::cli {

// `formadoc register export WORKSPACE --out F.xlsx`: not part of this version yet.
Command setupRegister(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("register", ui.text("cli.register.description"));
    cmd->require_subcommand(1);
    CLI::App* exportCmd = cmd->add_subcommand("export", ui.text("cli.register.export.description"));
    exportCmd->add_option("WORKSPACE", options->workspace, ui.text("cli.opt.workspace"))->required()
        ->check(CLI::ExistingDirectory);
    exportCmd->add_option("--out", options->outDir, ui.text("cli.opt.out_file"))->required();
    return {cmd, [] { return runUnavailable("register export"); }};
}

}  // namespace fd::cli
