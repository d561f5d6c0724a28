#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/environment.h"
#include "cli/ui.h"

namespace fd::cli {
namespace {

// Options shared by the generating subcommands.
void addCommon(CLI::App& cmd, CommonOptions& o, const Ui& ui, bool withJobs) {
    cmd.add_option("WORKSPACE", o.workspace, ui.text("cli.opt.workspace"))->required()->check(CLI::ExistingDirectory);
    cmd.add_option("--out", o.outDir, ui.text("cli.opt.out"))->required();
    cmd.add_option("--lang", o.languages, ui.text("cli.opt.lang"))->delimiter(',')
        ->check(CLI::IsMember({"fr", "pt", "en"}));
    cmd.add_option("--encoding", o.encoding, ui.text("cli.opt.encoding"))
        ->check(CLI::IsMember({"utf-8", "windows-1252", "iso-8859-1"}));
    if (withJobs) cmd.add_option("--jobs", o.jobs, ui.text("cli.opt.jobs"))->check(CLI::PositiveNumber);
}

}  // namespace

int run(int argc, char** argv) {
    const Ui& ui = Ui::instance();
    CLI::App app{ui.text("cli.app.description"), "formadoc"};
    app.set_version_flag("--version", std::string("formadoc ") + FORMADOC_VERSION);
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", ui.text("cli.opt.help_all"));

    BuildOptions build;
    CLI::App* buildCmd = app.add_subcommand("build", ui.text("cli.build.description"));
    addCommon(*buildCmd, build, ui, true);
    buildCmd->add_flag("--allow-gaps", build.allowGaps, ui.text("cli.opt.allow_gaps"));

    ProgrammeOptions programme;
    CLI::App* programmeCmd = app.add_subcommand("programme", ui.text("cli.programme.description"));
    addCommon(*programmeCmd, programme, ui, true);
    programmeCmd->add_option("--course", programme.courses, ui.text("cli.opt.course"));

    // Subcommands of the command-line contract whose generators this version does not have yet.
    // They parse their arguments like the real ones will, then say plainly that nothing was done.
    CommonOptions later;
    std::vector<std::string> ignoredList;
    std::string ignored;
    CLI::App* catalogueCmd = app.add_subcommand("catalogue", ui.text("cli.catalogue.description"));
    addCommon(*catalogueCmd, later, ui, false);
    CLI::App* certificatesCmd = app.add_subcommand("certificates", ui.text("cli.certificates.description"));
    addCommon(*certificatesCmd, later, ui, true);
    certificatesCmd->add_option("--session", ignoredList, ui.text("cli.opt.session"));
    certificatesCmd->add_option("--model", ignored, ui.text("cli.opt.model"))
        ->check(CLI::IsMember({"realisation", "attestation", "dgert"}));
    CLI::App* regulationCmd = app.add_subcommand("regulation", ui.text("cli.regulation.description"));
    addCommon(*regulationCmd, later, ui, false);
    CLI::App* indicatorsCmd = app.add_subcommand("indicators", ui.text("cli.indicators.description"));
    addCommon(*indicatorsCmd, later, ui, false);
    indicatorsCmd->add_option("--year", ignored, ui.text("cli.opt.year"));
    CLI::App* checkCmd = app.add_subcommand("check", ui.text("cli.check.description"));
    checkCmd->add_option("WORKSPACE", later.workspace, ui.text("cli.opt.workspace"))->required()
        ->check(CLI::ExistingDirectory);
    CLI::App* verifyCmd = app.add_subcommand("verify", ui.text("cli.verify.description"));
    verifyCmd->add_option("CERTIFICATE", ignored, ui.text("cli.opt.certificate"))->required();
    verifyCmd->add_option("--register", later.workspace, ui.text("cli.opt.register"))->required();

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

    if (*buildCmd) return runBuild(build);
    if (*programmeCmd) return runProgramme(programme);
    for (CLI::App* cmd : {catalogueCmd, certificatesCmd, regulationCmd, indicatorsCmd, checkCmd, verifyCmd})
        if (*cmd) return runUnavailable(cmd->get_name());
    return kExitBadInput;
}

}  // namespace fd::cli
