#include "cli/generation_command.h"

#include <iostream>

#include "cli/app.h"
#include "cli/guarded.h"
#include "cli/parallel.h"
#include "cli/workspace_loader.h"

namespace fd::cli {

int runGenerationStep(const CommonOptions& options, const GenerationStep& step) {
    return guarded([&] {
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        GenerationRequest request{&*ws, outputLanguages(options, ws->organisation.languages), options.outDir,
                                  options.jobs ? options.jobs : defaultJobs()};
        Diagnostics warnings;
        const size_t written = step(request, warnings);
        ui.print(warnings);
        std::cerr << ui.text("cli.written", {{"count", static_cast<int64_t>(written)}, {"dir", options.outDir}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace fd::cli
