#include "generators/indicators/document_sections.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "generators/common/mentions.h"
#include "generators/indicators/course_texts.h"
#include "generators/indicators/figure_blocks.h"
#include "generators/indicators/rate_kinds.h"
#include "generators/indicators/wording.h"

namespace fd::gen {

namespace {

doc::Heading heading(int level, std::string text, std::string anchor = {}) {
    doc::Heading h;
    h.level = level;
    h.text = doc::plain(std::move(text));
    h.anchor = std::move(anchor);
    return h;
}

doc::Paragraph paragraph(std::string text, doc::TextStyle style = doc::TextStyle::Body) {
    doc::Paragraph p;
    p.text = doc::plain(std::move(text));
    p.align = style == doc::TextStyle::Body ? doc::Align::Justify : doc::Align::Left;
    p.style = style;
    return p;
}

std::shared_ptr<doc::KeepTogether> keepTogether(std::vector<doc::Block> blocks) {
    auto keep = std::make_shared<doc::KeepTogether>();
    keep->blocks = std::move(blocks);
    return keep;
}

const Figures& figuresOfCourse(const IndicatorsReport& report, const Course& course) {
    for (const CourseFigures& c : report.courses)
        if (c.courseId == course.id) return c.figures;
    throw std::invalid_argument("the indicators report has no figures for course " + course.id);
}

YearSeries organisationYears(const IndicatorsReport& report) {
    YearSeries years;
    for (const YearFigures& y : report.years) years.emplace_back(y.year, &y.organisation);
    return years;
}

// The years in which the course had trainees: a year without any would only add empty bars.
YearSeries courseYears(const IndicatorsReport& report, const Course& course) {
    YearSeries years;
    for (const YearFigures& y : report.years) {
        const Figures* f = courseFiguresInYear(report, y.year, course.id);
        if (f && f->trainees > 0) years.emplace_back(y.year, f);
    }
    return years;
}

void appendChart(std::vector<doc::Block>& blocks, doc::BarChart chart) {
    if (hasBars(chart)) blocks.emplace_back(std::move(chart));
}

// The organisation's rates over the period, with their n on the bars, then year over year when
// there are two years to compare.
void appendOrganisationCharts(std::vector<doc::Block>& blocks, const IndicatorsReport& report, doc::Colour accent,
                              const i18n::Localizer& l10n) {
    appendChart(blocks, ratesChart(report.organisation, periodText(report.period, l10n), accent, l10n));
    const YearSeries years = organisationYears(report);
    if (years.size() >= 2) appendChart(blocks, yearOverYearChart(years, report.organisation, accent, l10n));
}

// Over a calendar year, a course with earlier years has one chart, year over year, whose last
// group of bars is the period itself; without earlier years, its rates over the period. A period
// across years is no group of the year chart: the rates chart comes first, then year over year.
void appendCourseCharts(std::vector<doc::Block>& blocks, const Figures& figures, const YearSeries& years,
                        const IndicatorsReport& report, doc::Colour accent, const i18n::Localizer& l10n) {
    const bool comparable = years.size() >= 2;
    if (!comparable || !report.period.calendarYearOf())
        appendChart(blocks, ratesChart(figures, periodText(report.period, l10n), accent, l10n));
    if (comparable) appendChart(blocks, yearOverYearChart(years, figures, accent, l10n));
}

void addRow(doc::KeyValueTable& table, std::string label, std::string value) {
    if (value.empty()) return;
    table.rows.emplace_back(doc::plain(std::move(label)), doc::plain(std::move(value)));
}

}  // namespace

std::string courseAnchor(const Course& course) { return "course-" + course.id; }

bool courseHasResults(const Course& course, const IndicatorsReport& report) {
    return figuresOfCourse(report, course).trainees > 0;
}

std::vector<doc::Block> titleSection(const Workspace& workspace, const IndicatorsReport& report,
                                     const i18n::Localizer& l10n) {
    std::vector<doc::Block> blocks;
    blocks.emplace_back(heading(1, l10n.msg("indicators.title"), "indicators"));
    blocks.emplace_back(paragraph(l10n.msg("indicators.period.label", {{"period", periodText(report.period, l10n)}}),
                                  doc::TextStyle::Subtitle));
    blocks.emplace_back(paragraph(l10n.msg("indicators.calculated_on", {{"date", l10n.fmt().date(report.calculationDate)}}),
                                  doc::TextStyle::Note));
    const std::string translation = translationNotice(workspace.organisation, l10n);
    if (!translation.empty()) {
        auto notice = std::make_shared<doc::Notice>();
        notice->blocks.emplace_back(paragraph(translation, doc::TextStyle::Small));
        blocks.emplace_back(std::move(notice));
    }
    return blocks;
}

std::vector<doc::Block> organisationSection(const IndicatorsReport& report, doc::Colour accent,
                                            const i18n::Localizer& l10n) {
    std::vector<doc::Block> blocks;
    blocks.emplace_back(keepTogether({heading(2, l10n.msg("indicators.heading.organisation"), "all-courses"),
                                      figuresTable(report.organisation, l10n)}));
    appendOrganisationCharts(blocks, report, accent, l10n);
    return blocks;
}

std::vector<doc::Block> methodSection(const IndicatorsReport& report, const i18n::Localizer& l10n) {
    doc::List notes;
    auto note = [&](const std::string& key, const i18n::Args& args = {}) { notes.items.push_back(doc::plain(l10n.msg(key, args))); };
    note("indicators.method.period");
    note("indicators.method.satisfaction");
    note("indicators.method.completion");
    if (report.organisation.success) note("indicators.method.success");
    if (report.organisation.certification) note("indicators.method.certification");
    note("indicators.method.hours");
    note("indicators.method.small_sample", {{"threshold", int64_t{report.smallSampleThreshold}}});
    return {keepTogether({heading(2, l10n.msg("indicators.heading.method"), "method"), std::move(notes)})};
}

std::vector<doc::Block> courseSection(const Course& course, const IndicatorsReport& report, doc::Colour accent,
                                      const i18n::Localizer& l10n, TextPicker& picker) {
    const Figures& figures = figuresOfCourse(report, course);
    doc::Heading title =
        heading(2, l10n.msg("indicators.heading.course", {{"title", courseTitle(picker, course)}, {"code", course.id}}),
                courseAnchor(course));

    std::vector<doc::Block> blocks;
    if (!courseHasResults(course, report)) {
        blocks.emplace_back(keepTogether({std::move(title), paragraph(l10n.msg("indicators.course.no_session"))}));
    } else {
        // Together, so that no chart is read as belonging to the course that follows it.
        std::vector<doc::Block> results;
        results.emplace_back(std::move(title));
        results.emplace_back(figuresTable(figures, l10n));
        appendCourseCharts(results, figures, courseYears(report, course), report, accent, l10n);
        blocks.emplace_back(keepTogether(std::move(results)));
    }
    for (doc::Block& b : certificationSection(course, figures, l10n, picker)) blocks.push_back(std::move(b));
    return blocks;
}

std::vector<doc::Block> certificationSection(const Course& course, const Figures& figures,
                                             const i18n::Localizer& l10n, TextPicker& picker) {
    if (!course.certification) return {};
    const CertifyingData& cert = *course.certification;
    auto pick = [&](const LocalizedText& text, const std::string& field) {
        return pickCourseText(picker, course, text, "certification." + field, "certification");
    };

    doc::KeyValueTable identity;
    const std::string title = pick(cert.title, "title");
    addRow(identity, l10n.msg("indicators.cert.name"),
           title.empty() ? cert.code : l10n.msg("indicators.cert.name_value", {{"code", cert.code}, {"title", title}}));
    addRow(identity, l10n.msg("indicators.cert.certifier"), cert.certifier);
    if (figures.certification) {
        const Rate& rate = *figures.certification;
        addRow(identity, rateName(RateKind::Certification, l10n),
               l10n.msg("indicators.reading.with_fraction",
                        {{"reading", rateReading(rate, l10n)},
                         {"fraction", rateFraction(RateKind::Certification, rate, l10n)}}));
    }

    // One group: continued on another page, its paths would no longer say which course they are of.
    std::vector<doc::Block> blocks;
    blocks.emplace_back(heading(3, l10n.msg("indicators.heading.certification")));
    blocks.emplace_back(std::move(identity));

    if (!cert.blocks.empty()) {
        doc::List list;
        for (size_t i = 0; i < cert.blocks.size(); ++i) {
            const CertificationBlock& b = cert.blocks[i];
            const std::string blockTitle = pick(b.title, "block[" + std::to_string(i + 1) + "].title");
            list.items.push_back(doc::plain(l10n.msg("indicators.cert.block", {{"code", b.code}, {"title", blockTitle}})));
        }
        doc::Paragraph label;
        label.text = doc::bold(l10n.msg("indicators.cert.blocks"));
        label.align = doc::Align::Left;
        blocks.emplace_back(std::move(label));
        blocks.emplace_back(std::move(list));
    }

    doc::KeyValueTable paths;
    addRow(paths, l10n.msg("indicators.cert.equivalences"), pick(cert.equivalences, "equivalences"));
    addRow(paths, l10n.msg("indicators.cert.bridges"), pick(cert.bridges, "bridges"));
    addRow(paths, l10n.msg("indicators.cert.follow_up"), pick(cert.followUp, "follow-up"));
    addRow(paths, l10n.msg("indicators.cert.job_outcomes"), pick(cert.jobOutcomes, "job-outcomes"));
    if (!paths.rows.empty()) blocks.emplace_back(std::move(paths));
    return {keepTogether(std::move(blocks))};
}

}  // namespace fd::gen
