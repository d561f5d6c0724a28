#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/check_audit.h"
#include "cli/commands.h"
#include "cli/environment.h"
#include "cli/guarded.h"
#include "cli/workspace_loader.h"
#include "generators/check/audit_workbook.h"
#include "generators/check/text_report.h"
#include "util/atomic_file.h"
#include "writers/xlsx/xlsx_writer.h"

namespace fd::cli {
namespace {

struct CheckOptions {
    std::string workspace;
    std::string format = "text";
    std::string out;        // empty: the text report goes to stdout
    std::string lang;       // empty: see check.cli.opt.lang
    std::string encoding;
};

void ensureParentDirectory(const std::string& file) {
    const std::filesystem::path parent = std::filesystem::path(file).parent_path();
    if (!parent.empty()) ensureDirectory(parent.string());
}

int runCheck(const CheckOptions& options) {
    return guarded([&] {
        const Ui& ui = Ui::instance();
        if (options.format == "xlsx" && options.out.empty()) {
            std::cerr << ui.text("check.cli.xlsx_needs_out") << '\n';
            return static_cast<int>(kExitBadInput);
        }
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const check::AuditReport report = auditWorkspace(*ws);

        // The workbook goes to an auditor: by default in the organisation's language. The text
        // report is read by whoever runs the command: by default in theirs.
        const std::string lang = !options.lang.empty()       ? options.lang
                                 : options.format == "xlsx" ? ws->organisation.mainLanguage()
                                                            : ui.localizer().lang();
        const i18n::Localizer l10n(dataDirectory() + "/locales", lang);
        if (options.format == "xlsx") {
            ensureParentDirectory(options.out);
            xlsx::writeXlsx(check::buildAuditWorkbook(report, *ws, l10n), options.out);
        } else if (options.out.empty()) {
            std::cout << check::formatTextReport(report, *ws, l10n);
        } else {
            ensureParentDirectory(options.out);
            writeFileAtomically(options.out, check::formatTextReport(report, *ws, l10n));
        }
        if (!options.out.empty()) {
            std::cerr << ui.text("check.cli.written", {{"file", options.out}}) << '\n';
            std::cerr << ui.text("check.build.summary", {{"counts", check::formatSummaryLine(report, ui.localizer())}})
                      << '\n';
        }
        return static_cast<int>(report.hasMandatoryGap() ? kExitGaps : kExitOk);
    });
}

}  // namespace

Command setupCheck(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* cmd = parent.add_subcommand("check", ui.text("cli.check.description"));
    cmd->add_option("WORKSPACE", options->workspace, ui.text("cli.opt.workspace"))->required()
        ->check(CLI::ExistingDirectory);
    cmd->add_option("--format", options->format, ui.text("check.cli.opt.format"))
        ->check(CLI::IsMember({"text", "xlsx"}));
    cmd->add_option("--out", options->out, ui.text("check.cli.opt.out"));
    cmd->add_option("--lang", options->lang, ui.text("check.cli.opt.lang"))->check(CLI::IsMember({"fr", "pt", "en"}));
    cmd->add_option("--encoding", options->encoding, ui.text("cli.opt.encoding"))
        ->check(CLI::IsMember({"utf-8", "windows-1252", "iso-8859-1"}));
    return {cmd, [options] { return runCheck(*options); }};
}

}  // namespace fd::cli
