#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "lheo/lheo_import.h"

namespace fd::cli {
namespace {

struct ImportOptions {
    std::string file, workspace;
};

int runImport(const ImportOptions& options) {
    return guarded([&] {
        const Ui& ui = Ui::instance();
        Diagnostics diagnostics;
        lheo::ImportResult result = lheo::importLheo(options.file, options.workspace, diagnostics);
        ui.print(diagnostics);
        if (!result.imported) return static_cast<int>(kExitBadInput);
        if (result.organisationCreated) std::cerr << ui.text("lheo.import.organisation_created") << '\n';
        std::cerr << ui.text("lheo.import.summary", {{"courses", static_cast<int64_t>(result.courseIds.size())},
                                                      {"sessions", static_cast<int64_t>(result.sessions)},
                                                      {"workspace", options.workspace}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupImportLheo(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* cmd = parent.add_subcommand("import-lheo", ui.text("lheo.cli.import.description"));
    cmd->add_option("FILE", options->file, ui.text("lheo.cli.opt.file"))->required()->check(CLI::ExistingFile);
    cmd->add_option("--into", options->workspace, ui.text("lheo.cli.opt.into"))->required();
    return {cmd, [options] { return runImport(*options); }};
}

}  // namespace fd::cli
