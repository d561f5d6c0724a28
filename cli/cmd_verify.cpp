// `formadoc verify FILE.pdf --register WORKSPACE/register.sqlite` (or --register WORKSPACE):
// looks the file's SHA-256 up in the register and says what it is. Exit codes:
//   0  genuine: the register issued this very file, it is the latest issued version in its
//      language, not revoked;
//   1  not genuine (unknown digest: altered or forged), revoked, or superseded — the file was
//      issued but a later version in the same language replaces it, so it no longer certifies
//      the current data. A translation replaces nothing: an original and its translations are
//      each current in their language;
//   2  the file or the register cannot be read.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/certificates_errors.h"
#include "cli/commands.h"
#include "register/register.h"

namespace fd::cli {
namespace {

struct VerifyOptions {
    std::string certificate;
    std::string registerPath;   // register.sqlite, or the workspace folder holding it
};

std::string registerFile(const std::string& given) {
    return std::filesystem::is_directory(given) ? reg::registerPath(given) : given;
}

// "Portuguese" for "pt"; the code itself for a language the messages do not name.
std::string languageName(const std::string& code) {
    const Ui& ui = Ui::instance();
    const std::string key = "lang." + code;
    return ui.localizer().messages().has(key) ? ui.text(key) : code;
}

void printEntry(const reg::RegisterEntry& e) {
    const Ui& ui = Ui::instance();
    std::cout << ui.text("certcli.verify.number", {{"number", e.number}, {"version", int64_t{e.version}}}) << '\n'
              << ui.text("certcli.verify.language", {{"language", languageName(e.language)},
                                                     {"edition", int64_t{e.edition}}})
              << '\n'
              << ui.text("certcli.verify.trainee", {{"trainee", e.traineeFullName}, {"id", e.traineeId}}) << '\n'
              << ui.text("certcli.verify.session", {{"session", e.sessionId}, {"model", e.model}}) << '\n'
              << ui.text("certcli.verify.issued", {{"date", ui.localizer().fmt().date(e.issueDate)}}) << '\n';
}

int runVerify(const VerifyOptions& o) {
    return guardedWithRegister([&] {
        const Ui& ui = Ui::instance();
        if (!std::filesystem::is_regular_file(o.certificate)) {
            std::cerr << ui.text("certcli.verify.unreadable", {{"file", o.certificate}}) << '\n';
            return static_cast<int>(kExitBadInput);
        }
        const reg::CertificateRegister certificateRegister(registerFile(o.registerPath), reg::OpenMode::MustExist);
        const std::optional<reg::RegisterEntry> entry =
            certificateRegister.findByFileSha256(reg::sha256File(o.certificate));
        if (!entry) {
            std::cout << ui.text("certcli.verify.unknown", {{"file", o.certificate}}) << '\n';
            return static_cast<int>(kExitGaps);
        }
        printEntry(*entry);
        if (entry->status == reg::CertificateStatus::Revoked) {
            std::cout << ui.text("certcli.verify.revoked", {{"date", ui.localizer().fmt().date(entry->revokedOn)},
                                                             {"reason", entry->revocationReason}})
                      << '\n';
            return static_cast<int>(kExitGaps);
        }
        // Only a later issued version in the file's own language replaces it.
        const std::optional<reg::RegisterEntry> current =
            certificateRegister.currentVersion(entry->number, entry->language);
        if (current && current->version > entry->version) {
            std::cout << ui.text("certcli.verify.superseded",
                                 {{"version", int64_t{current->version}}, {"edition", int64_t{current->edition}},
                                  {"date", ui.localizer().fmt().date(current->issueDate)}})
                      << '\n';
            return static_cast<int>(kExitGaps);
        }
        std::cout << ui.text("certcli.verify.genuine") << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupVerify(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<VerifyOptions>();
    CLI::App* cmd = parent.add_subcommand("verify", ui.text("cli.verify.description"));
    cmd->add_option("CERTIFICATE", options->certificate, ui.text("cli.opt.certificate"))->required();
    cmd->add_option("--register", options->registerPath, ui.text("certcli.opt.register"))->required();
    cmd->footer(ui.text("certcli.verify.exit_codes"));
    return {cmd, [options] { return runVerify(*options); }};
}

}  // namespace fd::cli
