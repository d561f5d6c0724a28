#include "cli/regulations.h"

#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "cli/environment.h"
#include "cli/parallel.h"
#include "cli/render.h"
#include "cli/ui.h"
#include "generators/common/mentions.h"
#include "generators/policy/policy.h"
#include "generators/regulation/regulation.h"

namespace fd::cli {

namespace {

// One document to write in every language: its checked template and the edition its
// languages share.
struct LegalDocumentJob {
    std::optional<gen::PolicyKind> policy;   // empty: the regulation itself
    tmpl::Template legalTemplate;
    gen::Edition edition;
};

LegalDocumentJob regulationJob(const std::string& dataDir, const Workspace& ws, const i18n::Localizer& prevailing) {
    tmpl::Template t = gen::loadRegulationTemplate(dataDir, ws, prevailing.messages());
    const gen::Edition edition = gen::regulationEdition(ws, t, prevailing);
    return LegalDocumentJob{std::nullopt, std::move(t), edition};
}

LegalDocumentJob policyJob(const std::string& dataDir, const Workspace& ws, gen::PolicyKind kind,
                           const i18n::Localizer& prevailing) {
    tmpl::Template t = gen::loadPolicyTemplate(dataDir, ws, kind, prevailing.messages());
    const gen::Edition edition = gen::policyEdition(ws, t, prevailing);
    return LegalDocumentJob{kind, std::move(t), edition};
}

doc::Document generate(const LegalDocumentJob& job, const Workspace& ws, const i18n::Localizer& l10n,
                       Diagnostics& warnings) {
    if (job.policy) return gen::generatePolicy(ws, l10n, job.legalTemplate, job.edition, warnings);
    return gen::generateRegulation(ws, l10n, job.legalTemplate, job.edition, warnings);
}

std::string fileName(const LegalDocumentJob& job, const std::string& lang) {
    return job.policy ? gen::policyFileName(*job.policy, lang) : gen::regulationFileName(lang);
}

// The documents print the same organisation texts: a missing translation is reported once,
// not once per document.
class WarningCollector {
public:
    explicit WarningCollector(Diagnostics& out) : out_(out) {}
    void append(const Diagnostics& warnings) {
        for (const Diagnostic& d : warnings.items())
            if (seen_.insert(std::tie(d.file, d.line, d.field, d.key, d.args)).second) out_.add(d);
    }

private:
    Diagnostics& out_;
    std::set<std::tuple<std::string, int, std::string, std::string, std::map<std::string, std::string>>> seen_;
};

}  // namespace

size_t writeRegulations(const GenerationRequest& request, Diagnostics& warnings) {
    const Workspace& ws = *request.workspace;
    const std::string dataDir = dataDirectory();
    std::map<std::string, i18n::Localizer> localizers;
    for (const std::string& lang : request.languages) localizers.try_emplace(lang, dataDir + "/locales", lang);
    // The prevailing language fixes the editions, whichever languages are written.
    const std::string prevailingLang = gen::prevailingLanguage(ws.organisation);
    const i18n::Localizer& prevailing =
        localizers.try_emplace(prevailingLang, dataDir + "/locales", prevailingLang).first->second;

    // A template does not depend on the output language: it is loaded and checked once
    // (every catalogue has the same keys).
    std::vector<LegalDocumentJob> jobs;
    jobs.push_back(regulationJob(dataDir, ws, prevailing));
    for (gen::PolicyKind kind : gen::policyKinds()) jobs.push_back(policyJob(dataDir, ws, kind, prevailing));

    struct Task { const LegalDocumentJob* job; std::string lang; };
    std::vector<Task> tasks;
    for (const LegalDocumentJob& job : jobs)
        for (const std::string& lang : request.languages) tasks.push_back({&job, lang});

    Progress progress(Ui::instance().text("cli.kind.regulation"), tasks.size(), stderrIsTerminal());
    WarningCollector collector(warnings);
    std::mutex mutex;
    parallelFor(tasks.size(), request.jobs, [&](size_t i) {
        const Task& task = tasks[i];
        Diagnostics taskWarnings;
        const doc::Document document = generate(*task.job, ws, localizers.at(task.lang), taskWarnings);
        renderPdf(document, request.outDir + "/" + fileName(*task.job, task.lang));
        std::lock_guard<std::mutex> lock(mutex);
        collector.append(taskWarnings);
        progress.advance();
    });
    return tasks.size();
}

}  // namespace fd::cli
