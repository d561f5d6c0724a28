#include "cli/catalogue.h"

#include <map>
#include <mutex>
#include <string>

#include "cli/environment.h"
#include "cli/indicators.h"
#include "cli/parallel.h"
#include "cli/render.h"
#include "generators/catalogue/catalogue_document.h"
#include "generators/catalogue/catalogue_template.h"
#include "generators/catalogue/catalogue_workbook.h"
#include "generators/programme/programme.h"
#include "i18n/i18n.h"
#include "model/clock.h"
#include "writers/xlsx/xlsx_writer.h"

namespace fd::cli {

size_t writeCatalogues(const GenerationRequest& request, Diagnostics& warnings) {
    const Workspace& ws = *request.workspace;
    const std::string dataDir = dataDirectory();
    // Computed once for every language: the results page's figures, and from the same report
    // the latest figures every course's programme shows.
    const gen::IndicatorsReport report = gen::computeIndicators(ws, defaultIndicatorsPeriod(ws), buildDate());
    const gen::LatestCourseResults courseResults(ws, report);

    // Localizers and checked templates are loaded before the threads start, then only read.
    struct Language {
        i18n::Localizer l10n;
        tmpl::Template catalogue, programme;
    };
    std::map<std::string, Language> languages;
    for (const std::string& lang : request.languages) {
        i18n::Localizer l10n(dataDir + "/locales", lang);
        tmpl::Template catalogue = gen::loadCatalogueTemplate(dataDir, ws, l10n.messages());
        tmpl::Template programme = gen::loadProgrammeTemplate(dataDir, ws, l10n.messages());
        languages.emplace(lang, Language{std::move(l10n), std::move(catalogue), std::move(programme)});
    }

    std::mutex mutex;
    parallelFor(request.languages.size(), request.jobs, [&](size_t i) {
        const std::string& lang = request.languages[i];
        const Language& language = languages.at(lang);
        Diagnostics documentWarnings;
        renderPdf(gen::buildCatalogueDocument(ws, report, courseResults, language.l10n,
                                              {language.catalogue, language.programme}, documentWarnings),
                  request.outDir + "/" + gen::catalogueFileName(lang));
        // The workbook's texts (titles, domains, places) are in the document too, which has
        // already warned about them.
        Diagnostics repeatedWarnings;
        xlsx::writeXlsx(gen::buildCatalogueWorkbook(ws, language.l10n, repeatedWarnings),
                        request.outDir + "/" + gen::catalogueWorkbookFileName(lang));
        std::lock_guard<std::mutex> lock(mutex);
        warnings.append(documentWarnings);
    });
    return 2 * request.languages.size();
}

}  // namespace fd::cli
