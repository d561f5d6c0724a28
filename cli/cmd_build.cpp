#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/build_steps.h"
#include "cli/check_audit.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "cli/parallel.h"
#include "cli/workspace_loader.h"
#include "generators/check/text_report.h"

namespace fd::cli {
namespace {

struct BuildOptions : CommonOptions {
    bool allowGaps = false;
};

int runBuild(const BuildOptions& options) {
    return guarded([&] {
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        // The compliance check comes first: documents with a mandatory gap are not published
        // unless asked to (--allow-gaps), and then the report is repeated after the progress.
        const check::AuditReport audit = auditWorkspace(*ws);
        const bool gaps = audit.hasMandatoryGap();
        if (gaps) {
            printAuditReport(audit, *ws, std::cerr);
            std::cerr << ui.text(options.allowGaps ? "check.build.allowed" : "check.build.refused") << '\n';
            if (!options.allowGaps) return static_cast<int>(kExitGaps);
        }
        GenerationRequest request{&*ws, outputLanguages(options, ws->organisation.languages), options.outDir,
                                  options.jobs ? options.jobs : defaultJobs()};
        Diagnostics warnings;
        size_t total = 0;
        for (const BuildStep& step : buildSteps()) {
            std::string kind = ui.text("cli.kind." + step.kind);
            if (!step.run) {
                std::cerr << ui.text("cli.plan.unavailable", {{"kind", kind}}) << '\n';
                continue;
            }
            size_t written = step.run(request, warnings);
            total += written;
            std::cerr << ui.text("cli.plan.item", {{"kind", kind}, {"count", static_cast<int64_t>(written)}}) << '\n';
        }
        ui.print(warnings);
        std::cerr << ui.text("cli.written", {{"count", static_cast<int64_t>(total)}, {"dir", options.outDir}}) << '\n';
        if (gaps) printAuditReport(audit, *ws, std::cerr);
        else std::cerr << ui.text("check.build.summary", {{"counts", check::formatSummaryLine(audit, ui.localizer())}})
                       << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupBuild(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<BuildOptions>();
    CLI::App* cmd = parent.add_subcommand("build", ui.text("cli.build.description"));
    addCommonOptions(*cmd, *options, ui, true);
    cmd->add_flag("--allow-gaps", options->allowGaps, ui.text("cli.opt.allow_gaps"));
    return {cmd, [options] { return runBuild(*options); }};
}

}  // namespace fd::cli
