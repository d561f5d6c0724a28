// `formadoc certificates WORKSPACE --out DIR [--session ID]... [--model M]... [--lang L]
//  [--bundle none|zip|pdf] [--sign KEY.p12 --sign-pass-file F] [--jobs N]`
// Issues the certificates through WORKSPACE/register.sqlite (cli/certificates_issue.h). Exit 0
// when every eligible certificate is in place (ineligible and revoked ones are listed), 2 on bad
// input or when an issued certificate cannot be written again identically.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/app.h"
#include "cli/certificates_bundle.h"
#include "cli/certificates_errors.h"
#include "cli/certificates_issue.h"
#include "cli/commands.h"
#include "cli/parallel.h"
#include "cli/workspace_loader.h"
#include "model/clock.h"
#include "writers/pdf/pdf_writer.h"

namespace fd::cli {
namespace {

struct CertificatesOptions : CommonOptions {
    std::vector<std::string> sessions;     // empty = every session
    std::vector<std::string> models;       // empty = the organisation's default models
    std::string bundle = "none";
    std::string signKey, signPassFile;
};

// The first line of the file, without its line ending.
std::optional<std::string> readPassword(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string traineeName(const Trainee& t) { return t.givenNames + " " + t.familyName; }

// Checks the choices that depend on the workspace; prints what is wrong.
bool checkSelection(const Workspace& ws, const CertificatesOptions& o, std::vector<gen::CertificateModel>& models) {
    const Ui& ui = Ui::instance();
    bool ok = true;
    if (o.languages.size() > 1) {
        std::cerr << ui.text("certcli.error.one_language") << '\n';
        ok = false;
    }
    for (const std::string& id : o.sessions)
        if (!ws.findSession(id)) {
            std::cerr << ui.text("certcli.error.unknown_session", {{"id", id}}) << '\n';
            ok = false;
        }
    for (const std::string& id : o.models) models.push_back(*gen::parseCertificateModel(id));
    if (o.models.empty()) models = gen::defaultModels(ws.organisation);
    return ok;
}

void reportIneligible(const CertificatePlan& plan) {
    const Ui& ui = Ui::instance();
    for (const Ineligible& skipped : plan.ineligible) {
        i18n::Args args;
        for (const auto& [name, value] : skipped.reasonArgs) args[name] = value;
        std::cerr << ui.text("certcli.ineligible", {{"trainee", traineeName(*skipped.trainee)},
                                                    {"id", skipped.trainee->id},
                                                    {"model", gen::certificateModelId(skipped.model)},
                                                    {"reason", ui.text(skipped.reasonKey, args)}})
                  << '\n';
    }
}

// Prints revoked and unreproducible certificates and the totals; returns the exit code.
int reportOutcomes(const IssueResult& result, const std::string& outDir, size_t ineligible) {
    const Ui& ui = Ui::instance();
    int64_t written = 0, unchanged = 0, revoked = 0, failed = 0;
    for (const CertificateOutcome& outcome : result.outcomes) {
        const reg::RegisterEntry& e = outcome.entry;
        switch (outcome.fate) {
            case CertificateFate::Written:
            case CertificateFate::Restored:
                ++written;
                break;
            case CertificateFate::Unchanged:
                ++unchanged;
                break;
            case CertificateFate::Revoked:
                ++revoked;
                std::cerr << ui.text("certcli.revoked", {{"number", e.number}, {"trainee", e.traineeFullName},
                                                         {"date", e.revokedOn.iso()}, {"reason", e.revocationReason}})
                          << '\n';
                break;
            case CertificateFate::NotReproducible:
                ++failed;
                std::cerr << ui.text("certcli.not_reproducible", {{"number", e.number}, {"version", int64_t{e.version}},
                                                                  {"file", outcome.path}})
                          << '\n';
                break;
        }
    }
    std::cerr << ui.text("certcli.summary", {{"written", written}, {"unchanged", unchanged}, {"revoked", revoked},
                                             {"ineligible", static_cast<int64_t>(ineligible)},
                                             {"dir", certificatesDirectory(outDir)}})
              << '\n';
    return failed > 0 ? kExitBadInput : kExitOk;
}

int runCertificates(const CertificatesOptions& o) {
    return guardedWithRegister([&] {
        std::optional<Workspace> ws = loadWorkspace(o.workspace, o.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        const Ui& ui = Ui::instance();
        std::vector<gen::CertificateModel> models;
        if (!checkSelection(*ws, o, models)) return static_cast<int>(kExitBadInput);
        const std::string lang = o.languages.empty() ? ws->organisation.mainLanguage() : o.languages.front();

        std::optional<pdf::SigningIdentity> signer;
        if (!o.signKey.empty()) {
            const std::optional<std::string> password = readPassword(o.signPassFile);
            if (!password) {
                std::cerr << ui.text("certcli.error.password_file", {{"file", o.signPassFile}}) << '\n';
                return static_cast<int>(kExitBadInput);
            }
            signer = pdf::SigningIdentity::load(o.signKey, *password);
        }

        pdf::tuneAllocatorForBulkOutput();
        const Date issueDate = buildDate();
        const CertificatePlan plan = planCertificates(*ws, o.sessions, models, issueDate);
        reportIneligible(plan);

        const CertificateResources resources(*ws, lang, models, signer ? &*signer : nullptr);
        reg::CertificateRegister certificateRegister(reg::registerPath(ws->root));
        const IssueResult result = issueCertificates(
            plan, resources, {o.outDir, o.jobs ? o.jobs : defaultJobs(), issueDate}, certificateRegister);
        ui.print(result.warnings);
        const int exitCode = reportOutcomes(result, o.outDir, plan.ineligible.size());

        const std::string bundle = writeBundle(*parseBundleKind(o.bundle), result.outcomes, o.outDir,
                                               resources.localizer());
        if (!bundle.empty()) std::cerr << ui.text("certcli.bundle.written", {{"file", bundle}}) << '\n';
        return exitCode;
    });
}

std::vector<std::string> modelIds() {
    std::vector<std::string> ids;
    for (gen::CertificateModel model : gen::allCertificateModels()) ids.push_back(gen::certificateModelId(model));
    return ids;
}

}  // namespace

Command setupCertificates(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<CertificatesOptions>();
    CLI::App* cmd = parent.add_subcommand("certificates", ui.text("cli.certificates.description"));
    addCommonOptions(*cmd, *options, ui, true);
    cmd->get_option("--lang")->description(ui.text("certcli.opt.lang"));   // one language, not a list
    cmd->add_option("--session", options->sessions, ui.text("cli.opt.session"));
    cmd->add_option("--model", options->models, ui.text("certcli.opt.model"))->check(CLI::IsMember(modelIds()));
    cmd->add_option("--bundle", options->bundle, ui.text("certcli.opt.bundle"))
        ->check(CLI::IsMember({"none", "zip", "pdf"}));
    CLI::Option* sign = cmd->add_option("--sign", options->signKey, ui.text("certcli.opt.sign"))
                            ->check(CLI::ExistingFile);
    CLI::Option* passFile = cmd->add_option("--sign-pass-file", options->signPassFile, ui.text("certcli.opt.sign_pass_file"))
                                ->check(CLI::ExistingFile);
    sign->needs(passFile);
    passFile->needs(sign);
    return {cmd, [options] { return runCertificates(*options); }};
}

}  // namespace fd::cli
