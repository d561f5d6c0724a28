// The indicators workbooks of the sample workspaces, read back with openpyxl: rates are numbers
// with a percent format, equal to numerator ÷ denominator as worked out again from trainees.csv
// (RES-F1..F4); the calculation date is a real date (FR-RES-03); the Courses and Year on year
// sheets carry a chart (xl/charts/chart*.xml in the archive) over their own category and
// percentage columns (FR-RES-01).
#include <gtest/gtest.h>

#include <set>

#include "e2e_support.h"
#include "indicators_expected.h"
#include "indicators_run.h"
#include "indicators_workbook_dump.h"

namespace fd::e2e {
namespace {

constexpr long kSmallSampleThreshold = 5;
constexpr size_t kSummary = 0, kCourses = 1, kYears = 2;   // sheet order, whatever the language
// Courses and Year on year: trainees in column D, then a (rate, n) pair of columns per figure
// from column F, in the order satisfaction, response, completion, drop-out, success, certification.
constexpr size_t kTraineesColumn = 3, kFirstRateColumn = 5;

bool isPercent(const DumpedCell& cell) {
    return cell.type == DumpedCell::Type::Number && cell.format.find('%') != std::string::npos;
}

double ratio(const ExpectedRate& r) { return static_cast<double>(r.numerator) / static_cast<double>(r.denominator); }

std::vector<std::optional<ExpectedRate>> ratesInSheetOrder(const ExpectedIndicators& e) {
    return {e.satisfaction, e.response, e.completion, e.abandon, e.success, e.certification};
}

// A rate and its n in a Courses or Year on year row: the percentage only when significant.
void expectRateColumns(const std::vector<DumpedCell>& row, const ExpectedIndicators& e, const std::string& where) {
    const auto rates = ratesInSheetOrder(e);
    for (size_t k = 0; k < rates.size(); ++k) {
        const DumpedCell& rate = row.at(kFirstRateColumn + 2 * k);
        const DumpedCell& n = row.at(kFirstRateColumn + 2 * k + 1);
        if (!rates[k]) {   // does not apply
            EXPECT_EQ(rate.type, DumpedCell::Type::Empty) << where << " figure " << k;
            EXPECT_EQ(n.type, DumpedCell::Type::Empty) << where << " figure " << k;
            continue;
        }
        ASSERT_EQ(n.type, DumpedCell::Type::Number) << where << " figure " << k;
        EXPECT_EQ(n.number, rates[k]->denominator) << where << " figure " << k;
        if (rates[k]->denominator >= kSmallSampleThreshold) {
            ASSERT_TRUE(isPercent(rate)) << where << " figure " << k << ": " << rate.format;
            EXPECT_NEAR(rate.number, ratio(*rates[k]), 1e-12) << where << " figure " << k;
        } else {
            EXPECT_EQ(rate.type, DumpedCell::Type::Empty) << where << " figure " << k << " is not significant";
        }
    }
}

// "'Year on year'!$F$2:$F$3" -> column index 5, rows 2..3 (1-based, as in the sheet).
struct CellRange {
    size_t column = 0;
    int firstRow = 0, lastRow = 0;
};
CellRange parseRange(const std::string& formula) {
    const std::string cells = formula.substr(formula.rfind('!') + 1);   // $F$2:$F$3
    CellRange r;
    r.column = static_cast<size_t>(cells.at(1) - 'A');
    const size_t colon = cells.find(':');
    r.firstRow = std::stoi(cells.substr(cells.find('$', 1) + 1, colon));
    r.lastRow = std::stoi(cells.substr(cells.rfind('$') + 1));
    return r;
}

// Each chart on `sheet` plots percentage columns over data rows 2..lastDataRow, with the
// categories from column A over the same rows; series titles are the columns' headers.
void expectChartsOverPercentages(const DumpedWorkbook& book, size_t sheet, int lastDataRow, const std::string& lang) {
    const DumpedSheet& s = book.sheets.at(sheet);
    const auto charts = chartRangesOn(book, s.name);
    ASSERT_GE(charts.size(), 1u) << lang << ": no chart on " << s.name;
    for (const std::vector<std::string>& ranges : charts) {
        ASSERT_FALSE(ranges.empty());
        std::set<size_t> valueColumns;
        for (const std::string& formula : ranges) {
            const CellRange r = parseRange(formula);
            if (r.firstRow == 1) continue;   // a series title: a header cell
            EXPECT_EQ(r.firstRow, 2) << lang << ": " << formula;
            EXPECT_EQ(r.lastRow, lastDataRow) << lang << ": " << formula;
            if (r.column == 0) continue;      // the categories
            valueColumns.insert(r.column);
            for (int row = r.firstRow; row <= r.lastRow; ++row) {
                const DumpedCell& cell = s.rows.at(static_cast<size_t>(row - 1)).at(r.column);
                EXPECT_TRUE(cell.type == DumpedCell::Type::Empty || isPercent(cell)) << lang << ": " << formula;
            }
            EXPECT_FALSE(s.rows.at(0).at(r.column).text.empty()) << lang << ": " << formula;   // a named series
        }
        // Satisfaction and completion at least: columns F and J.
        EXPECT_TRUE(valueColumns.count(kFirstRateColumn)) << lang;
        EXPECT_TRUE(valueColumns.count(kFirstRateColumn + 4)) << lang;
    }
}

// The calendar years, up to 2026, in which a session of the workspace with trainees ended.
std::vector<int> yearsWithResults(const std::string& workspace) {
    std::set<std::string> sessionsWithTrainees;
    for (const auto& t : readCsvRecords(workspace + "/trainees.csv")) sessionsWithTrainees.insert(t.at("session"));
    std::set<int> years;
    for (const auto& s : readCsvRecords(workspace + "/sessions.csv")) {
        const int year = std::stoi(s.at("end").substr(0, 4));
        if (sessionsWithTrainees.count(s.at("id")) && year <= 2026) years.insert(year);
    }
    return {years.begin(), years.end()};
}

class IndicatorsXlsx : public ::testing::TestWithParam<std::string> {
protected:
    std::string workspace() const { return sampleDir(GetParam()); }
};

TEST_P(IndicatorsXlsx, ResF1ToF4SummaryRatesAreNumbersWithAPercentFormat) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    const ExpectedIndicators e = expectedIndicators(workspace(), "2026-01-01", "2026-12-31");
    for (const std::string& lang : kIndicatorLanguages) {
        const DumpedWorkbook book = dumpWorkbook(run.xlsx(lang));
        ASSERT_EQ(book.sheets.size(), 3u) << lang;
        const auto& rows = book.sheets[kSummary].rows;
        ASSERT_GE(rows.size(), 3u) << lang;
        EXPECT_EQ(rows[1].at(1).number, e.trainees) << lang;

        std::vector<ExpectedRate> rates;
        for (const auto& r : ratesInSheetOrder(e))
            if (r) rates.push_back(*r);
        ASSERT_EQ(rows.size(), 3 + rates.size()) << lang;   // header, trainees, hours, one row per rate
        for (size_t k = 0; k < rates.size(); ++k) {
            const auto& row = rows[3 + k];
            const std::string where = lang + " " + row.at(0).text;
            EXPECT_EQ(row.at(1).number, rates[k].numerator) << where;
            EXPECT_EQ(row.at(2).number, rates[k].denominator) << where;
            ASSERT_TRUE(isPercent(row.at(4))) << where << ": " << row.at(4).format;
            EXPECT_NEAR(row.at(4).number, ratio(rates[k]), 1e-12) << where;
            EXPECT_EQ(row.at(7).type, DumpedCell::Type::Date) << where;
            EXPECT_EQ(row.at(7).text, kCalculationDay) << where;
        }
    }
}

TEST_P(IndicatorsXlsx, FrRes04CoursesSheetGivesEachCoursesRatesAndChartsThem) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    const std::vector<std::string> courses = courseIds(workspace());
    for (const std::string& lang : kIndicatorLanguages) {
        const DumpedWorkbook book = dumpWorkbook(run.xlsx(lang));
        ASSERT_EQ(book.sheets.size(), 3u) << lang;
        const auto& rows = book.sheets[kCourses].rows;
        ASSERT_EQ(rows.size(), courses.size() + 1) << lang;
        for (size_t i = 0; i < courses.size(); ++i) {
            const auto& row = rows[i + 1];
            ASSERT_EQ(row.at(0).text, courses[i]) << lang;
            const ExpectedIndicators e = expectedIndicators(workspace(), "2026-01-01", "2026-12-31", courses[i]);
            EXPECT_EQ(row.at(kTraineesColumn).number, e.trainees) << lang << " " << courses[i];
            expectRateColumns(row, e, lang + " " + courses[i]);
        }
        expectChartsOverPercentages(book, kCourses, static_cast<int>(courses.size()) + 1, lang);
    }
}

TEST_P(IndicatorsXlsx, FrRes01YearOnYearSheetChartsEveryYearWithResults) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    const std::vector<int> years = yearsWithResults(workspace());
    ASSERT_GE(years.size(), 2u);   // otherwise there is nothing to compare
    for (const std::string& lang : kIndicatorLanguages) {
        const DumpedWorkbook book = dumpWorkbook(run.xlsx(lang));
        ASSERT_EQ(book.sheets.size(), 3u) << lang;
        const auto& rows = book.sheets[kYears].rows;
        ASSERT_GT(rows.size(), years.size()) << lang;
        // All courses first, one row per year.
        for (size_t i = 0; i < years.size(); ++i) {
            const auto& row = rows[i + 1];
            const std::string year = std::to_string(years[i]);
            ASSERT_EQ(row.at(0).text, year) << lang;
            const ExpectedIndicators e = expectedIndicators(workspace(), year + "-01-01", year + "-12-31");
            EXPECT_EQ(row.at(kTraineesColumn).number, e.trainees) << lang << " " << year;
            expectRateColumns(row, e, lang + " " + year);
        }
        expectChartsOverPercentages(book, kYears, static_cast<int>(years.size()) + 1, lang);
    }
}

INSTANTIATE_TEST_SUITE_P(Samples, IndicatorsXlsx, ::testing::Values("fr-organisme", "pt-entidade"), sampleTestName);

}  // namespace
}  // namespace fd::e2e
