#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "cli/parallel.h"
#include "cli/programmes.h"
#include "cli/workspace_loader.h"

namespace fd::cli {
namespace {

struct ProgrammeOptions : CommonOptions {
    std::vector<std::string> courses;     // empty = every course
};

int runProgramme(const ProgrammeOptions& options) {
    return guarded([&] {
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        std::vector<const Course*> courses;
        for (const std::string& id : options.courses) {
            const Course* course = ws->findCourse(id);
            if (!course) {
                std::cerr << ui.text("cli.unknown_course", {{"id", id}}) << '\n';
                return static_cast<int>(kExitBadInput);
            }
            courses.push_back(course);
        }
        if (options.courses.empty())
            for (const Course& c : ws->courses) courses.push_back(&c);

        GenerationRequest request{&*ws, outputLanguages(options, ws->organisation.languages), options.outDir,
                                  options.jobs ? options.jobs : defaultJobs()};
        Diagnostics warnings;
        size_t written = writeProgrammes(request, courses, warnings);
        ui.print(warnings);
        std::cerr << ui.text("cli.written", {{"count", static_cast<int64_t>(written)}, {"dir", options.outDir}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupProgramme(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<ProgrammeOptions>();
    CLI::App* cmd = parent.add_subcommand("programme", ui.text("cli.programme.description"));
    addCommonOptions(*cmd, *options, ui, true);
    cmd->add_option("--course", options->courses, ui.text("cli.opt.course"));
    return {cmd, [options] { return runProgramme(*options); }};
}

}  // namespace fd::cli
