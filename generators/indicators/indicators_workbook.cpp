#include "generators/indicators/indicators_workbook.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "generators/common/text_picker.h"
#include "generators/indicators/course_texts.h"
#include "generators/indicators/rate_kinds.h"
#include "generators/indicators/wording.h"
#include "model/clock.h"

namespace fd::gen {

namespace {

using Row = std::vector<doc::Cell>;

doc::Cell textCell(std::string text) { return doc::CellText{std::move(text)}; }
doc::Cell integerCell(int64_t value) { return doc::CellInteger{value}; }
doc::Cell dateCell(const Date& d) { return doc::CellDate{d.year, d.month, d.day}; }
doc::Cell percentCell(const std::optional<double>& ratio) {
    if (!ratio) return doc::CellEmpty{};
    return doc::CellPercent{*ratio};
}

int rateIndex(RateKind kind) {
    return static_cast<int>(std::find(kAllRates.begin(), kAllRates.end(), kind) - kAllRates.begin());
}

// ---- Summary: the organisation's figures, one per row ---------------------------------------

doc::Sheet summarySheet(const IndicatorsReport& report, const i18n::Localizer& l10n) {
    doc::Sheet sheet;
    sheet.name = l10n.msg("indicators.sheet.summary");
    sheet.columns = {doc::sheetColumn(l10n.msg("indicators.column.indicator"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.numerator"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("indicators.column.denominator"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("indicators.column.base"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.rate"), doc::ColumnType::Percent),
                     doc::sheetColumn(l10n.msg("indicators.column.significance"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.period"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.calculation_date"), doc::ColumnType::Date)};

    const std::string period = periodText(report.period, l10n);
    auto dated = [&](Row row) {
        row.push_back(textCell(period));
        row.push_back(dateCell(report.calculationDate));
        return row;
    };
    const Figures& org = report.organisation;
    sheet.rows.push_back(dated({textCell(l10n.msg("indicators.figure.trainees")), integerCell(org.trainees),
                                doc::CellEmpty{}, doc::CellEmpty{}, doc::CellEmpty{}, doc::CellEmpty{}}));
    sheet.rows.push_back(dated({textCell(l10n.msg("indicators.figure.hours")),
                                doc::CellHours{org.hoursDelivered.hundredths}, doc::CellEmpty{}, doc::CellEmpty{},
                                doc::CellEmpty{}, doc::CellEmpty{}}));
    for (RateKind kind : kAllRates) {
        const std::optional<Rate> rate = rateOf(org, kind);
        if (!rate) continue;
        sheet.rows.push_back(dated({textCell(rateName(kind, l10n)), integerCell(rate->numerator),
                                    integerCell(rate->denominator), textCell(rateBase(kind, l10n)),
                                    percentCell(rate->ratio), textCell(significanceText(*rate, l10n))}));
    }
    return sheet;
}

// ---- The figure columns Courses and Year on year share -----------------------------------
// trainees, trainee hours, then for each rate its percentage and its n.

void addFigureColumns(std::vector<doc::SheetColumn>& columns, const i18n::Localizer& l10n) {
    columns.push_back(doc::sheetColumn(l10n.msg("indicators.column.trainees"), doc::ColumnType::Integer));
    columns.push_back(doc::sheetColumn(l10n.msg("indicators.column.hours"), doc::ColumnType::Hours));
    for (RateKind kind : kAllRates) {
        const std::string name = rateShortName(kind, l10n);
        columns.push_back(doc::sheetColumn(name, doc::ColumnType::Percent));
        columns.push_back(
            doc::sheetColumn(l10n.msg("indicators.column.sample_size", {{"indicator", name}}), doc::ColumnType::Integer));
    }
}

void appendFigureCells(Row& row, const Figures& f) {
    row.push_back(integerCell(f.trainees));
    row.push_back(doc::CellHours{f.hoursDelivered.hundredths});
    for (RateKind kind : kAllRates) {
        const std::optional<Rate> rate = rateOf(f, kind);
        if (!rate) {   // not applicable: nothing to count
            row.insert(row.end(), {doc::CellEmpty{}, doc::CellEmpty{}});
            continue;
        }
        row.push_back(rate->significant ? percentCell(rate->ratio) : doc::Cell{doc::CellEmpty{}});
        row.push_back(integerCell(rate->denominator));
    }
}

// A column chart of the headline rates that apply to the organisation, over data rows [0, rows).
std::optional<doc::SheetChart> ratesChart(const IndicatorsReport& report, const i18n::Localizer& l10n,
                                          const std::string& titleKey, int categoryColumn, int firstFigureColumn,
                                          int rows) {
    if (rows <= 0) return std::nullopt;
    doc::SheetChart chart;
    chart.kind = doc::ChartKind::Column;
    chart.title = l10n.msg(titleKey);
    chart.categoryColumn = categoryColumn;
    for (RateKind kind : kChartedRates)
        if (rateOf(report.organisation, kind)) chart.valueColumns.push_back(firstFigureColumn + 2 + 2 * rateIndex(kind));
    chart.firstRow = 0;
    chart.lastRow = rows - 1;
    chart.anchorRow = rows + 2;   // below the table, which is wide
    chart.anchorColumn = 0;
    chart.yAxisTitle = l10n.msg("indicators.column.rate");
    chart.yMax = 1.0;
    return chart;
}

// ---- Courses: one row per course ---------------------------------------------------------

doc::Sheet coursesSheet(const Workspace& ws, const IndicatorsReport& report, const i18n::Localizer& l10n,
                        TextPicker& picker) {
    doc::Sheet sheet;
    sheet.name = l10n.msg("indicators.sheet.courses");
    sheet.columns = {doc::sheetColumn(l10n.msg("indicators.column.course_code"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.course"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.period"), doc::ColumnType::Text)};
    const int firstFigureColumn = static_cast<int>(sheet.columns.size());
    addFigureColumns(sheet.columns, l10n);

    const std::string period = periodText(report.period, l10n);
    for (const CourseFigures& c : report.courses) {
        const Course* course = ws.findCourse(c.courseId);
        Row row{textCell(c.courseId), textCell(course ? courseTitle(picker, *course) : std::string()),
                textCell(period)};
        appendFigureCells(row, c.figures);
        sheet.rows.push_back(std::move(row));
    }
    if (auto chart = ratesChart(report, l10n, "indicators.chart.per_course", 0, firstFigureColumn,
                                static_cast<int>(sheet.rows.size())))
        sheet.charts.push_back(*chart);
    return sheet;
}

// ---- Year on year: all courses per year, then each course in the years it had trainees ----

doc::Sheet yearsSheet(const Workspace& ws, const IndicatorsReport& report, const i18n::Localizer& l10n,
                      TextPicker& picker) {
    doc::Sheet sheet;
    sheet.name = l10n.msg("indicators.sheet.years");
    // The year is text: a number column would print it with a thousands separator.
    sheet.columns = {doc::sheetColumn(l10n.msg("indicators.column.year"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.scope"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("indicators.column.course"), doc::ColumnType::Text)};
    const int firstFigureColumn = static_cast<int>(sheet.columns.size());
    addFigureColumns(sheet.columns, l10n);

    const std::string allCourses = l10n.msg("indicators.scope.organisation");
    for (const YearFigures& y : report.years) {
        Row row{textCell(std::to_string(y.year)), textCell(allCourses), doc::CellEmpty{}};
        appendFigureCells(row, y.organisation);
        sheet.rows.push_back(std::move(row));
    }
    const int organisationRows = static_cast<int>(sheet.rows.size());
    for (const Course& course : ws.courses) {
        for (const YearFigures& y : report.years) {
            const Figures* f = courseFiguresInYear(report, y.year, course.id);
            if (!f || f->trainees == 0) continue;
            Row row{textCell(std::to_string(y.year)), textCell(course.id), textCell(courseTitle(picker, course))};
            appendFigureCells(row, *f);
            sheet.rows.push_back(std::move(row));
        }
    }
    // One year is no comparison.
    if (organisationRows >= 2) {
        if (auto chart = ratesChart(report, l10n, "indicators.chart.year_over_year", 0, firstFigureColumn,
                                    organisationRows)) {
            chart.value().anchorRow = static_cast<int>(sheet.rows.size()) + 2;
            sheet.charts.push_back(*chart);
        }
    }
    return sheet;
}

}  // namespace

doc::Workbook buildIndicatorsWorkbook(const Workspace& workspace, const IndicatorsReport& report,
                                      const i18n::Localizer& l10n, Diagnostics& warnings) {
    const Organisation& org = workspace.organisation;
    TextPicker picker(l10n.lang(), org.mainLanguage(), warnings);

    doc::Workbook book;
    book.properties.title = l10n.msg("indicators.title");
    book.properties.subject = l10n.msg("indicators.subject");
    book.properties.keywords = l10n.msg("indicators.keywords");
    book.properties.comments = l10n.msg("indicators.period.label", {{"period", periodText(report.period, l10n)}});
    book.properties.author = org.legalName;
    book.properties.company = org.legalName;
    book.properties.language = i18n::bcp47(l10n.lang());
    book.properties.created = buildTimeUnix();

    book.sheets.push_back(summarySheet(report, l10n));
    book.sheets.push_back(coursesSheet(workspace, report, l10n, picker));
    book.sheets.push_back(yearsSheet(workspace, report, l10n, picker));
    return book;
}

}  // namespace fd::gen
