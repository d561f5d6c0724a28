#include <iostream>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "cli/parallel.h"
#include "cli/programmes.h"
#include "cli/ui.h"
#include "cli/workspace_loader.h"

namespace fd::cli {

int runBuild(const BuildOptions& options) {
    return guarded([&] {
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        GenerationRequest request{&*ws, outputLanguages(options, ws->organisation.languages), options.outDir,
                                  options.jobs ? options.jobs : defaultJobs()};

        std::vector<const Course*> courses;
        for (const Course& c : ws->courses) courses.push_back(&c);
        Diagnostics warnings;
        size_t written = writeProgrammes(request, courses, warnings);
        ui.print(warnings);

        std::cerr << ui.text("cli.plan.item", {{"kind", ui.text("cli.kind.programmes")}, {"count", static_cast<int64_t>(written)}})
                  << '\n';
        for (const char* kind : {"catalogue", "certificates", "regulation", "indicators"})
            std::cerr << ui.text("cli.plan.unavailable", {{"kind", ui.text(std::string("cli.kind.") + kind)}}) << '\n';
        std::cerr << ui.text("cli.written", {{"count", static_cast<int64_t>(written)}, {"dir", options.outDir}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace fd::cli
