#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "cli/workspace_loader.h"
#include "lheo/lheo_export.h"

namespace fd::cli {
namespace {

int runExport(const CommonOptions& options) {
    return guarded([&] {
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        Diagnostics diagnostics;
        lheo::ExportResult result = lheo::exportLheo(*ws, options.outDir, diagnostics);
        ui.print(diagnostics);
        std::cerr << ui.text("lheo.export.summary", {{"courses", static_cast<int64_t>(result.courses)},
                                                      {"sessions", static_cast<int64_t>(result.sessions)},
                                                      {"file", options.outDir}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupExportLheo(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("export-lheo", ui.text("lheo.cli.export.description"));
    cmd->add_option("WORKSPACE", options->workspace, ui.text("cli.opt.workspace"))->required()
        ->check(CLI::ExistingDirectory);
    cmd->add_option("--out", options->outDir, ui.text("cli.opt.out_file"))->required();
    cmd->add_option("--encoding", options->encoding, ui.text("cli.opt.encoding"))
        ->check(CLI::IsMember({"utf-8", "windows-1252", "iso-8859-1"}));
    return {cmd, [options] { return runExport(*options); }};
}

}  // namespace fd::cli
