#include "generators/indicators/overview_table.h"

#include <memory>
#include <optional>
#include <string>

#include "generators/indicators/course_texts.h"
#include "generators/indicators/document_sections.h"
#include "generators/indicators/rate_kinds.h"
#include "generators/indicators/wording.h"

namespace fd::gen {

namespace {

// The headline rates that apply to some course: the columns of the table.
std::vector<RateKind> overviewRates(const Figures& organisation) {
    std::vector<RateKind> kinds;
    for (RateKind kind : kChartedRates)
        if (rateOf(organisation, kind)) kinds.push_back(kind);
    return kinds;
}

doc::Inlines rateCell(const std::optional<Rate>& rate, const i18n::Localizer& l10n) {
    if (!rate) return {};   // does not apply to this course
    if (!rate->ratio) return doc::plain(l10n.msg("indicators.overview.none"));
    if (!rate->significant) return doc::plain(l10n.msg("indicators.chart.not_significant", {{"n", rate->denominator}}));
    return doc::plain(l10n.fmt().percent(*rate->ratio));
}

doc::Inlines courseCell(const Course& course, doc::Colour accent, const i18n::Localizer& l10n, TextPicker& picker) {
    doc::Run run;
    run.text = l10n.msg("indicators.heading.course", {{"title", courseTitle(picker, course)}, {"code", course.id}});
    run.link = "#" + courseAnchor(course);
    run.colour = accent;
    return {run};
}

}  // namespace

std::vector<doc::Block> coursesOverview(const Workspace& workspace, const IndicatorsReport& report,
                                        doc::Colour accent, const i18n::Localizer& l10n, TextPicker& picker) {
    if (report.courses.empty()) return {};
    const std::vector<RateKind> kinds = overviewRates(report.organisation);

    doc::Table table;
    // The course name takes what the figures leave; a figure column holds "n.s. (n = 12)" and
    // a header such as "Certification" or "Formandos" on one line.
    table.columns.push_back(doc::Column{doc::plain(l10n.msg("indicators.column.course")), 2.35, doc::Align::Left});
    table.columns.push_back(
        doc::Column{doc::plain(l10n.msg("indicators.column.trainees")), 1.25, doc::Align::Right});
    for (RateKind kind : kinds)
        table.columns.push_back(doc::Column{doc::plain(rateShortName(kind, l10n)), 1.4, doc::Align::Right});

    for (const CourseFigures& c : report.courses) {
        const Course* course = workspace.findCourse(c.courseId);
        if (!course) continue;
        std::vector<doc::Inlines> row{courseCell(*course, accent, l10n, picker),
                                      doc::plain(l10n.fmt().integer(c.figures.trainees))};
        for (RateKind kind : kinds) row.push_back(rateCell(rateOf(c.figures, kind), l10n));
        table.rows.push_back(std::move(row));
    }

    doc::Heading heading;
    heading.level = 2;
    heading.text = doc::plain(l10n.msg("indicators.heading.per_course"));
    heading.anchor = "per-course";
    doc::Paragraph legend;
    legend.text = doc::plain(
        l10n.msg("indicators.overview.legend", {{"threshold", int64_t{report.smallSampleThreshold}}}));
    legend.align = doc::Align::Left;
    legend.style = doc::TextStyle::Note;

    // The legend explains the table's abbreviations: it must not end up on another page.
    auto keep = std::make_shared<doc::KeepTogether>();
    keep->blocks.emplace_back(std::move(heading));
    keep->blocks.emplace_back(std::move(table));
    keep->blocks.emplace_back(std::move(legend));
    return {keep};
}

}  // namespace fd::gen
