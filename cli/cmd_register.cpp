// `formadoc register export WORKSPACE --out F.xlsx [--lang L]`: the register as a spreadsheet.
// `formadoc register revoke WORKSPACE NUMBER --reason TEXT`: voids a number, every version of it,
// dated fd::buildDate(); the number is never given again and `verify` reports it revoked.
#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/certificates_errors.h"
#include "cli/commands.h"
#include "cli/environment.h"
#include "model/clock.h"
#include "register/register.h"
#include "register/register_workbook.h"
#include "writers/xlsx/xlsx_writer.h"

namespace fd::cli {
namespace {

struct RegisterOptions {
    std::string workspace;
    std::string outFile;
    std::string lang;          // of the spreadsheet; empty = the user interface's
    std::string number, reason;
};

int runExport(const RegisterOptions& o) {
    return guardedWithRegister([&] {
        const reg::CertificateRegister certificateRegister(reg::registerPath(o.workspace), reg::OpenMode::MustExist);
        const std::vector<reg::RegisterEntry> entries = certificateRegister.list();
        const i18n::Localizer l10n(dataDirectory() + "/locales", o.lang.empty() ? userInterfaceLanguage() : o.lang);
        xlsx::writeXlsx(reg::registerWorkbook(entries, l10n), o.outFile);
        std::cerr << Ui::instance().text("certcli.register.exported",
                                         {{"count", static_cast<int64_t>(entries.size())}, {"file", o.outFile}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

int runRevoke(const RegisterOptions& o) {
    return guardedWithRegister([&] {
        reg::CertificateRegister certificateRegister(reg::registerPath(o.workspace), reg::OpenMode::MustExist);
        const Date today = buildDate();
        certificateRegister.revoke(o.number, o.reason, today);
        std::cerr << Ui::instance().text("certcli.register.revoked", {{"number", o.number}, {"date", today.iso()}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupRegister(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<RegisterOptions>();
    CLI::App* cmd = parent.add_subcommand("register", ui.text("cli.register.description"));
    cmd->require_subcommand(1);

    CLI::App* exportCmd = cmd->add_subcommand("export", ui.text("cli.register.export.description"));
    exportCmd->add_option("WORKSPACE", options->workspace, ui.text("cli.opt.workspace"))->required()
        ->check(CLI::ExistingDirectory);
    exportCmd->add_option("--out", options->outFile, ui.text("cli.opt.out_file"))->required();
    exportCmd->add_option("--lang", options->lang, ui.text("certcli.opt.register_lang"))
        ->check(CLI::IsMember({"fr", "pt", "en"}));

    CLI::App* revokeCmd = cmd->add_subcommand("revoke", ui.text("certcli.register.revoke.description"));
    revokeCmd->add_option("WORKSPACE", options->workspace, ui.text("cli.opt.workspace"))->required()
        ->check(CLI::ExistingDirectory);
    revokeCmd->add_option("NUMBER", options->number, ui.text("certcli.opt.number"))->required();
    revokeCmd->add_option("--reason", options->reason, ui.text("certcli.opt.reason"))->required();

    return {cmd, [options, exportCmd, revokeCmd] {
                if (exportCmd->parsed()) return runExport(*options);
                if (revokeCmd->parsed()) return runRevoke(*options);
                return static_cast<int>(kExitBadInput);
            }};
}

}  // namespace fd::cli
