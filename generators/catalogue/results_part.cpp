#include "generators/catalogue/results_part.h"

#include "generators/indicators/document_sections.h"
#include "generators/indicators/wording.h"

namespace fd::gen {

namespace {

doc::Paragraph note(std::string text) {
    doc::Paragraph p;
    p.text = doc::plain(std::move(text));
    p.align = doc::Align::Left;
    p.style = doc::TextStyle::Note;
    return p;
}

}  // namespace

std::vector<doc::Block> resultsPart(const IndicatorsReport& report, doc::Colour accent, const i18n::Localizer& l10n) {
    std::vector<doc::Block> blocks;
    blocks.emplace_back(note(l10n.msg("indicators.period.label", {{"period", periodText(report.period, l10n)}})));
    blocks.emplace_back(
        note(l10n.msg("indicators.calculated_on", {{"date", l10n.fmt().date(report.calculationDate)}})));
    for (doc::Block& b : organisationSection(report, accent, l10n)) blocks.push_back(std::move(b));
    for (doc::Block& b : methodSection(report, l10n)) blocks.push_back(std::move(b));
    return blocks;
}

}  // namespace fd::gen
