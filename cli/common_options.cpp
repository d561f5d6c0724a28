#include "cli/commands.h"

namespace fd::cli {

void addCommonOptions(CLI::App& cmd, CommonOptions& o, const Ui& ui, bool withJobs) {
    cmd.add_option("WORKSPACE", o.workspace, ui.text("cli.opt.workspace"))->required()->check(CLI::ExistingDirectory);
    cmd.add_option("--out", o.outDir, ui.text("cli.opt.out"))->required();
    cmd.add_option("--lang", o.languages, ui.text("cli.opt.lang"))->delimiter(',')
        ->check(CLI::IsMember({"fr", "pt", "en"}));
    cmd.add_option("--encoding", o.encoding, ui.text("cli.opt.encoding"))
        ->check(CLI::IsMember({"utf-8", "windows-1252", "iso-8859-1"}));
    if (withJobs) cmd.add_option("--jobs", o.jobs, ui.text("cli.opt.jobs"))->check(CLI::PositiveNumber);
}

std::vector<std::string> outputLanguages(const CommonOptions& options, const std::vector<std::string>& declared) {
    return options.languages.empty() ? declared : options.languages;
}

}  // namespace fd::cli
