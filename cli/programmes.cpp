#include "cli/programmes.h"

#include <map>
#include <mutex>

#include "cli/environment.h"
#include "cli/parallel.h"
#include "cli/render.h"
#include "cli/ui.h"
#include "generators/programme/programme.h"
#include "model/clock.h"

namespace fd::cli {

size_t writeProgrammes(const GenerationRequest& request, const std::vector<const Course*>& courses,
                       Diagnostics& warnings) {
    const Workspace& ws = *request.workspace;
    const std::string dataDir = dataDirectory();
    // Every programme prints its course's latest figures: the workspace is computed once for all.
    const gen::LatestCourseResults results = gen::LatestCourseResults::compute(ws, buildDate());
    // One localizer and one checked template per language, shared read-only by the threads.
    std::map<std::string, i18n::Localizer> localizers;
    std::map<std::string, tmpl::Template> templates;
    for (const std::string& lang : request.languages) {
        auto& l10n = localizers.try_emplace(lang, dataDir + "/locales", lang).first->second;
        templates.emplace(lang, gen::loadProgrammeTemplate(dataDir, ws, l10n.messages()));
    }

    struct Task { const Course* course; std::string lang; };
    std::vector<Task> tasks;
    for (const Course* course : courses)
        for (const std::string& lang : request.languages) tasks.push_back({course, lang});

    Progress progress(Ui::instance().text("cli.progress.programmes"), tasks.size(), stderrIsTerminal());
    std::mutex mutex;
    parallelFor(tasks.size(), request.jobs, [&](size_t i) {
        const Task& task = tasks[i];
        Diagnostics taskWarnings;
        doc::Document document = gen::generateProgramme(ws, *task.course, localizers.at(task.lang),
                                                        templates.at(task.lang), results, taskWarnings);
        renderPdf(document, request.outDir + "/" + gen::programmeFileName(*task.course, task.lang));
        std::lock_guard<std::mutex> lock(mutex);
        warnings.append(taskWarnings);
        progress.advance();
    });
    return tasks.size();
}

}  // namespace fd::cli
