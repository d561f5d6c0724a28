#include "cli/indicators.h"

#include <map>
#include <mutex>
#include <string>

#include "cli/environment.h"
#include "cli/parallel.h"
#include "cli/render.h"
#include "generators/common/file_names.h"
#include "generators/indicators/indicators_document.h"
#include "generators/indicators/indicators_workbook.h"
#include "i18n/i18n.h"
#include "model/clock.h"
#include "writers/xlsx/xlsx_writer.h"

namespace fd::cli {

size_t writeIndicators(const GenerationRequest& request, const gen::Period& period, Diagnostics& warnings) {
    const Workspace& ws = *request.workspace;
    // Computed once: the figures do not depend on the language, and every file must agree.
    const gen::IndicatorsReport report = gen::computeIndicators(ws, period, buildDate());
    // One localizer per language, loaded before the threads start and then only read.
    std::map<std::string, i18n::Localizer> localizers;
    for (const std::string& lang : request.languages)
        localizers.try_emplace(lang, dataDirectory() + "/locales", lang);

    std::mutex mutex;
    parallelFor(request.languages.size(), request.jobs, [&](size_t i) {
        const std::string& lang = request.languages[i];
        const i18n::Localizer& l10n = localizers.at(lang);
        Diagnostics documentWarnings;
        renderPdf(gen::buildIndicatorsDocument(ws, report, l10n, documentWarnings),
                  request.outDir + "/" + gen::indicatorsFileName(lang));
        // The workbook shows only course titles, which the document has already warned about:
        // its warnings would repeat them.
        Diagnostics repeatedWarnings;
        xlsx::writeXlsx(gen::buildIndicatorsWorkbook(ws, report, l10n, repeatedWarnings),
                        request.outDir + "/" + gen::indicatorsWorkbookFileName(lang));
        std::lock_guard<std::mutex> lock(mutex);
        warnings.append(documentWarnings);
    });
    return 2 * request.languages.size();
}

gen::Period defaultIndicatorsPeriod(const Workspace& workspace) {
    return gen::Period::calendarYear(gen::latestYearWithResults(workspace, buildDate()));
}

size_t writeDefaultIndicators(const GenerationRequest& request, Diagnostics& warnings) {
    return writeIndicators(request, defaultIndicatorsPeriod(*request.workspace), warnings);
}

}  // namespace fd::cli
