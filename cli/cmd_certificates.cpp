#include <memory>

#include "cli/commands.h"

namespace fd::cli {

// This version cannot generate these documents yet: the options of the command-line contract
// are parsed, then the command says so and exits 2 without writing anything.
Command setupCertificates(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("certificates", ui.text("cli.certificates.description"));
    addCommonOptions(*cmd, *options, ui, true);
    auto sessions = std::make_shared<std::vector<std::string>>();
    auto model = std::make_shared<std::string>();
    cmd->add_option("--session", *sessions, ui.text("cli.opt.session"));
    cmd->add_option("--model", *model, ui.text("cli.opt.model"))->check(CLI::IsMember({"realisation", "attestation", "dgert"}));
    return {cmd, [] { return runUnavailable("certificates"); }};
}

}  // namespace fd::cli
