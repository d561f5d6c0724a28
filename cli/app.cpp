#include "cli/app.h"

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/ui.h"

namespace fd::cli {

int run(int argc, char** argv) {
    const Ui& ui = Ui::instance();
    CLI::App app{ui.text("cli.app.description"), "formadoc"};
    app.set_version_flag("--version", std::string("formadoc ") + FORMADOC_VERSION);
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", ui.text("cli.opt.help_all"));

    std::vector<Command> commands;
    for (auto setup : {setupBuild, setupProgramme, setupCatalogue, setupCertificates, setupRegulation,
                       setupIndicators, setupCheck, setupVerify, setupRegister, setupImportLheo, setupExportLheo})
        commands.push_back(setup(app, ui));

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitBadInput;
    }
    for (const Command& command : commands)
        if (command.app->parsed()) return command.run();
    return kExitBadInput;
}

}  // namespace fd::cli
