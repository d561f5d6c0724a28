#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/catalogue.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "cli/parallel.h"
#include "cli/workspace_loader.h"

namespace fd::cli {
namespace {

int runCatalogue(const CommonOptions& options) {
    return guarded([&] {
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        GenerationRequest request{&*ws, outputLanguages(options, ws->organisation.languages), options.outDir,
                                  options.jobs ? options.jobs : defaultJobs()};
        Diagnostics warnings;
        const size_t written = writeCatalogues(request, warnings);
        ui.print(warnings);
        std::cerr << ui.text("cli.written", {{"count", static_cast<int64_t>(written)}, {"dir", options.outDir}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupCatalogue(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("catalogue", ui.text("cli.catalogue.description"));
    addCommonOptions(*cmd, *options, ui, true);
    return {cmd, [options] { return runCatalogue(*options); }};
}

}  // namespace fd::cli
