// The indicators workbook over the hand-made workspace of indicators_fixture.h: sheet names,
// typed cells and the ranges the native charts read.
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "generators/indicators/indicators_workbook.h"
#include "generators/indicators/rate_kinds.h"
#include "generators/indicators/wording.h"
#include "indicators_fixture.h"

namespace fd::gen {
namespace {

const std::string kLocales = std::string(FORMADOC_SOURCE_DIR) + "/locales";
const Date kCalculationDate{2026, 1, 15};

struct Built {
    Workspace workspace = testing::indicatorsWorkspace();
    Diagnostics warnings;
    doc::Workbook book;
};

Built build(const std::string& lang, int year = 2025) {
    Built b;
    const i18n::Localizer l10n(kLocales, lang);
    const IndicatorsReport report = computeIndicators(b.workspace, Period::calendarYear(year), kCalculationDate);
    b.book = buildIndicatorsWorkbook(b.workspace, report, l10n, b.warnings);
    return b;
}

const doc::Sheet& sheet(const doc::Workbook& book, size_t index) {
    EXPECT_EQ(book.sheets.size(), 3u);
    return book.sheets.at(index);
}

int64_t integerAt(const doc::Sheet& s, size_t row, size_t col) {
    const auto* cell = std::get_if<doc::CellInteger>(&s.rows.at(row).at(col));
    EXPECT_NE(cell, nullptr) << s.name << " row " << row << " column " << col << " is not an integer";
    return cell ? cell->value : -1;
}

std::string textAt(const doc::Sheet& s, size_t row, size_t col) {
    const auto* cell = std::get_if<doc::CellText>(&s.rows.at(row).at(col));
    EXPECT_NE(cell, nullptr) << s.name << " row " << row << " column " << col << " is not text";
    return cell ? cell->value : std::string();
}

double percentAt(const doc::Sheet& s, size_t row, size_t col) {
    const auto* cell = std::get_if<doc::CellPercent>(&s.rows.at(row).at(col));
    EXPECT_NE(cell, nullptr) << s.name << " row " << row << " column " << col << " is not a percentage";
    return cell ? cell->ratio : -1;
}

bool emptyAt(const doc::Sheet& s, size_t row, size_t col) {
    return std::holds_alternative<doc::CellEmpty>(s.rows.at(row).at(col));
}

// The column whose header is `header`; fails the test when there is none.
size_t columnNamed(const doc::Sheet& s, const std::string& header) {
    for (size_t i = 0; i < s.columns.size(); ++i)
        if (s.columns[i].header == header) return i;
    ADD_FAILURE() << s.name << " has no column " << header;
    return 0;
}

TEST(IndicatorsWorkbook, SheetNamesAreValidInEveryLanguage) {
    for (const std::string lang : {"fr", "pt", "en"}) {
        const Built b = build(lang);
        ASSERT_EQ(b.book.sheets.size(), 3u);
        for (const doc::Sheet& s : b.book.sheets) {
            EXPECT_FALSE(s.name.empty());
            EXPECT_LE(s.name.size(), 31u) << s.name;   // bytes >= characters: a stricter check
            EXPECT_EQ(s.name.find_first_of("[]:*?/\\"), std::string::npos) << s.name;
        }
    }
    EXPECT_EQ(build("en").book.sheets[2].name, "Year on year");
    EXPECT_EQ(build("fr").book.sheets[0].name, "Synthèse");
}

TEST(IndicatorsWorkbook, SummaryHasOneTypedRowPerOrganisationFigure) {
    const Built b = build("fr");
    const doc::Sheet& s = sheet(b.book, 0);
    ASSERT_EQ(s.columns.size(), 8u);
    EXPECT_EQ(s.columns[4].type, doc::ColumnType::Percent);
    ASSERT_EQ(s.rows.size(), 8u);   // trainees, hours, six rates (some course is assessed, one certifying)

    EXPECT_EQ(textAt(s, 0, 0), "Stagiaires formés");
    EXPECT_EQ(integerAt(s, 0, 1), 18);
    EXPECT_TRUE(emptyAt(s, 0, 4));
    const auto* hours = std::get_if<doc::CellHours>(&s.rows[1][1]);
    ASSERT_NE(hours, nullptr);
    EXPECT_EQ(hours->hundredths, 28975);

    // Satisfaction: 4 of 7 respondents, significant.
    EXPECT_EQ(textAt(s, 2, 0), "Taux de satisfaction");
    EXPECT_EQ(integerAt(s, 2, 1), 4);
    EXPECT_EQ(integerAt(s, 2, 2), 7);
    EXPECT_EQ(textAt(s, 2, 3), "répondants");
    EXPECT_DOUBLE_EQ(percentAt(s, 2, 4), 4.0 / 7.0);
    EXPECT_EQ(textAt(s, 2, 5), "significatif (n\u00A0=\u00A07)");
    EXPECT_EQ(textAt(s, 2, 6), "Année 2025");
    const auto* date = std::get_if<doc::CellDate>(&s.rows[2][7]);
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(date->year, 2026);
    EXPECT_EQ(date->month, 1);
    EXPECT_EQ(date->day, 15);

    // Certification: 2 of 3 candidates presented; the rate is kept and flagged.
    EXPECT_EQ(textAt(s, 7, 0), "Taux d’obtention de la certification (candidats présentés)");
    EXPECT_EQ(integerAt(s, 7, 1), 2);
    EXPECT_EQ(integerAt(s, 7, 2), 3);
    EXPECT_EQ(textAt(s, 7, 3), "candidats présentés");
    EXPECT_DOUBLE_EQ(percentAt(s, 7, 4), 2.0 / 3.0);
    EXPECT_EQ(textAt(s, 7, 5), "non significatif (n\u00A0=\u00A03)");
}

TEST(IndicatorsWorkbook, UndefinedRatesAreEmptyCellsNotZero) {
    const Built b = build("en", 2023);   // no session ended in 2023
    const doc::Sheet& s = sheet(b.book, 0);
    ASSERT_EQ(s.rows.size(), 8u);
    EXPECT_EQ(integerAt(s, 0, 1), 0);
    for (size_t row = 2; row < s.rows.size(); ++row) {
        EXPECT_EQ(integerAt(s, row, 2), 0);
        EXPECT_TRUE(emptyAt(s, row, 4)) << "row " << row;
        EXPECT_EQ(textAt(s, row, 5), "no data");
    }
}

TEST(IndicatorsWorkbook, CoursesSheetHasEveryCourseWithRatesAndTheirN) {
    const Built b = build("fr");
    const doc::Sheet& s = sheet(b.book, 1);
    ASSERT_EQ(s.rows.size(), 5u);
    const size_t satisfaction = columnNamed(s, "Satisfaction");
    const size_t satisfactionN = columnNamed(s, "Satisfaction (n)");
    const size_t response = columnNamed(s, "Réponse");
    const size_t completion = columnNamed(s, "Achèvement");
    const size_t completionN = columnNamed(s, "Achèvement (n)");
    const size_t success = columnNamed(s, "Réussite");
    const size_t successN = columnNamed(s, "Réussite (n)");
    const size_t certification = columnNamed(s, "Certification");
    const size_t certificationN = columnNamed(s, "Certification (n)");
    EXPECT_EQ(s.columns[satisfaction].type, doc::ColumnType::Percent);
    EXPECT_EQ(s.columns[satisfactionN].type, doc::ColumnType::Integer);

    // MGT: satisfaction 2/4 is below the threshold: no percentage, its n only.
    EXPECT_EQ(textAt(s, 0, 0), "MGT");
    EXPECT_EQ(textAt(s, 0, 1), "Manager une équipe");
    EXPECT_EQ(textAt(s, 0, 2), "Année 2025");
    EXPECT_EQ(integerAt(s, 0, columnNamed(s, "Stagiaires")), 6);
    EXPECT_TRUE(emptyAt(s, 0, satisfaction));
    EXPECT_EQ(integerAt(s, 0, satisfactionN), 4);
    EXPECT_DOUBLE_EQ(percentAt(s, 0, response), 0.8);
    EXPECT_DOUBLE_EQ(percentAt(s, 0, completion), 5.0 / 6.0);
    EXPECT_DOUBLE_EQ(percentAt(s, 0, success), 0.6);
    EXPECT_TRUE(emptyAt(s, 0, certification));   // not certifying: neither rate nor n
    EXPECT_TRUE(emptyAt(s, 0, certificationN));

    EXPECT_EQ(integerAt(s, 1, certificationN), 3);   // CERT
    EXPECT_TRUE(emptyAt(s, 1, certification));
    EXPECT_EQ(integerAt(s, 2, completionN), 0);      // EMPTY: listed, nothing to count
    EXPECT_TRUE(emptyAt(s, 2, completion));
    EXPECT_TRUE(emptyAt(s, 3, success));             // NOASSESS: not assessed
    EXPECT_TRUE(emptyAt(s, 3, successN));
    EXPECT_EQ(integerAt(s, 4, successN), 0);         // ALLGONE: assessed, but nobody to assess
}

TEST(IndicatorsWorkbook, CourseChartReadsTheHeadlineRateColumns) {
    const Built b = build("en");
    const doc::Sheet& s = sheet(b.book, 1);
    ASSERT_EQ(s.charts.size(), 1u);
    const doc::SheetChart& chart = s.charts[0];
    EXPECT_EQ(chart.kind, doc::ChartKind::Column);
    EXPECT_EQ(chart.title, "Result rates per course");
    EXPECT_EQ(chart.categoryColumn, 0);
    EXPECT_EQ(chart.firstRow, 0);
    EXPECT_EQ(chart.lastRow, 4);
    EXPECT_GT(chart.anchorRow, chart.lastRow + 1);   // below the table
    EXPECT_EQ(chart.yMax, 1.0);
    const i18n::Localizer en(kLocales, "en");
    ASSERT_EQ(chart.valueColumns.size(), kChartedRates.size());
    for (size_t i = 0; i < kChartedRates.size(); ++i) {
        const doc::SheetColumn& c = s.columns.at(static_cast<size_t>(chart.valueColumns[i]));
        EXPECT_EQ(c.header, rateShortName(kChartedRates[i], en));
        EXPECT_EQ(c.type, doc::ColumnType::Percent);
    }
}

TEST(IndicatorsWorkbook, ChartsLeaveOutRatesTheOrganisationDoesNotHave) {
    Built b;
    for (Course& c : b.workspace.courses) c.certification.reset();
    const i18n::Localizer en(kLocales, "en");
    const IndicatorsReport report = computeIndicators(b.workspace, Period::calendarYear(2025), kCalculationDate);
    b.book = buildIndicatorsWorkbook(b.workspace, report, en, b.warnings);
    EXPECT_EQ(b.book.sheets[0].rows.size(), 7u);
    ASSERT_EQ(b.book.sheets[1].charts.size(), 1u);
    EXPECT_EQ(b.book.sheets[1].charts[0].valueColumns.size(), kChartedRates.size() - 1);
}

TEST(IndicatorsWorkbook, YearSheetListsAllCoursesThenEachCourseYear) {
    const Built b = build("en");
    const doc::Sheet& s = sheet(b.book, 2);
    ASSERT_EQ(s.rows.size(), 7u);   // all courses 2024, 2025; MGT 2024, 2025; CERT, NOASSESS, ALLGONE 2025
    EXPECT_EQ(textAt(s, 0, 0), "2024");
    EXPECT_EQ(textAt(s, 0, 1), "All courses");
    EXPECT_EQ(integerAt(s, 0, 3), 2);
    EXPECT_EQ(textAt(s, 1, 0), "2025");
    EXPECT_EQ(integerAt(s, 1, 3), 18);
    EXPECT_EQ(textAt(s, 2, 1), "MGT");
    EXPECT_EQ(textAt(s, 2, 2), "Managing a team");
    EXPECT_EQ(textAt(s, 2, 0), "2024");
    EXPECT_EQ(textAt(s, 3, 0), "2025");
    EXPECT_EQ(textAt(s, 4, 1), "CERT");

    ASSERT_EQ(s.charts.size(), 1u);
    const doc::SheetChart& chart = s.charts[0];
    EXPECT_EQ(chart.title, "Year over year");
    EXPECT_EQ(chart.categoryColumn, 0);
    EXPECT_EQ(chart.firstRow, 0);
    EXPECT_EQ(chart.lastRow, 1);   // the all-courses rows only
    EXPECT_GT(chart.anchorRow, static_cast<int>(s.rows.size()));
}

TEST(IndicatorsWorkbook, NoYearChartForASingleYear) {
    const Built b = build("en", 2024);
    const doc::Sheet& s = sheet(b.book, 2);
    ASSERT_EQ(s.rows.size(), 2u);   // all courses 2024, MGT 2024
    EXPECT_TRUE(s.charts.empty());
}

TEST(IndicatorsWorkbook, MissingTitlesFallBackOnceEach) {
    const Built b = build("pt");   // the fixture's titles exist in French and English only
    EXPECT_EQ(textAt(sheet(b.book, 1), 0, 1), "Manager une équipe");
    EXPECT_EQ(b.warnings.warningCount(), 5u);   // one per course, though titles appear in two sheets
    EXPECT_TRUE(b.warnings.hasKey("diag.generation.untranslated"));
    EXPECT_EQ(build("en").warnings.warningCount(), 0u);
}

TEST(IndicatorsWorkbook, Properties) {
    const Built b = build("fr");
    EXPECT_EQ(b.book.properties.title, "Indicateurs de résultats des formations");
    EXPECT_EQ(b.book.properties.language, "fr-FR");
    EXPECT_EQ(b.book.properties.author, "Atelier Compétences Rhône SARL");
    EXPECT_EQ(build("en").book.properties.title, "Training Results / Performance Indicators");
}

}  // namespace
}  // namespace fd::gen
