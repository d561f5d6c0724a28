#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "cli/parallel.h"
#include "cli/regulations.h"
#include "cli/workspace_loader.h"

namespace fd::cli {
namespace {

int runRegulation(const CommonOptions& options) {
    return guarded([&] {
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        GenerationRequest request{&*ws, outputLanguages(options, ws->organisation.languages), options.outDir,
                                  options.jobs ? options.jobs : defaultJobs()};
        Diagnostics warnings;
        const size_t written = writeRegulations(request, warnings);
        ui.print(warnings);
        std::cerr << ui.text("cli.written", {{"count", static_cast<int64_t>(written)}, {"dir", options.outDir}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

// formadoc regulation WORKSPACE --out DIR [--lang L]: the internal regulations of the
// organisation's jurisdiction and the policy documents that go with them.
Command setupRegulation(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CommonOptions>();
    CLI::App* cmd = parent.add_subcommand("regulation", ui.text("cli.regulation.description"));
    addCommonOptions(*cmd, *options, ui, false);
    return {cmd, [options] { return runRegulation(*options); }};
}

}  // namespace fd::cli
