#include "generators/indicators/indicators_document.h"

#include <utility>
#include <vector>

#include "generators/common/file_names.h"
#include "generators/common/furniture.h"
#include "generators/common/text_picker.h"
#include "generators/indicators/document_sections.h"
#include "generators/indicators/overview_table.h"
#include "generators/indicators/wording.h"

namespace fd::gen {

namespace {

void append(std::vector<doc::Block>& to, std::vector<doc::Block> blocks) {
    for (doc::Block& b : blocks) to.push_back(std::move(b));
}

DocumentTexts documentTexts(const IndicatorsReport& report, const i18n::Localizer& l10n) {
    DocumentTexts texts;
    texts.title = l10n.msg("indicators.title");
    texts.subject = l10n.msg("indicators.subject");
    texts.keywords = l10n.msg("indicators.keywords");
    texts.headerRight = texts.title;
    texts.footerLeft = periodText(report.period, l10n);
    texts.footerCenter = l10n.msg("indicators.calculated_on", {{"date", l10n.fmt().date(report.calculationDate)}});
    texts.pageLabelKey = "doc.page_of";
    return texts;
}

}  // namespace

doc::Document buildIndicatorsDocument(const Workspace& workspace, const IndicatorsReport& report,
                                      const i18n::Localizer& l10n, Diagnostics& warnings) {
    doc::Document document;
    applyFurniture(document, workspace, l10n, documentTexts(report, l10n));
    TextPicker picker(l10n.lang(), workspace.organisation.mainLanguage(), warnings);

    append(document.blocks, titleSection(workspace, report, l10n));
    append(document.blocks, organisationSection(report, document.accent, l10n));
    append(document.blocks, coursesOverview(workspace, report, document.accent, l10n, picker));
    append(document.blocks, methodSection(report, l10n));
    // A course with results has a page of its own, which it fills about half (two would not fit
    // on one); a course without any takes the few lines saying so below the previous one.
    for (size_t i = 0; i < workspace.courses.size(); ++i) {
        const Course& course = workspace.courses[i];
        if (i == 0 || courseHasResults(course, report)) document.blocks.emplace_back(doc::PageBreak{});
        append(document.blocks, courseSection(course, report, document.accent, l10n, picker));
    }
    return document;
}

std::string indicatorsWorkbookFileName(const std::string& lang) {
    checkFileNamePart(lang);
    return "indicators." + lang + ".xlsx";
}

}  // namespace fd::gen
