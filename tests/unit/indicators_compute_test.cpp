// Result indicators computed over the hand-made workspace of indicators_fixture.h; every
// expected count below is worked out from the table at the top of that file.
#include <optional>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "generators/indicators/compute.h"
#include "indicators_fixture.h"

namespace fd::gen {
namespace {

const Date kCalculationDate{2026, 1, 15};

void expectRate(const Rate& rate, int64_t numerator, int64_t denominator, bool significant) {
    EXPECT_EQ(rate.numerator, numerator);
    EXPECT_EQ(rate.denominator, denominator);
    EXPECT_EQ(rate.significant, significant);
    ASSERT_TRUE(rate.ratio.has_value());
    EXPECT_DOUBLE_EQ(*rate.ratio, static_cast<double>(numerator) / static_cast<double>(denominator));
}

void expectUndefined(const Rate& rate) {
    EXPECT_EQ(rate.numerator, 0);
    EXPECT_EQ(rate.denominator, 0);
    EXPECT_FALSE(rate.significant);
    EXPECT_FALSE(rate.ratio.has_value());
}

const Figures& courseFigures(const IndicatorsReport& report, const std::string& id) {
    for (const CourseFigures& c : report.courses)
        if (c.courseId == id) return c.figures;
    throw std::logic_error("course not in the report: " + id);
}

IndicatorsReport report2025() {
    return computeIndicators(testing::indicatorsWorkspace(), Period::calendarYear(2025), kCalculationDate);
}

TEST(IndicatorsRate, SignificanceFollowsTheThresholdAndZeroHasNoRatio) {
    const Rate small = Rate::of(3, 3, 5);
    EXPECT_FALSE(small.significant);
    ASSERT_TRUE(small.ratio.has_value());
    EXPECT_DOUBLE_EQ(*small.ratio, 1.0);
    EXPECT_TRUE(Rate::of(4, 5, 5).significant);
    EXPECT_FALSE(Rate::of(0, 0, 0).significant);
    EXPECT_FALSE(Rate::of(0, 0, 5).ratio.has_value());
    EXPECT_DOUBLE_EQ(*Rate::of(0, 7, 5).ratio, 0.0);
}

TEST(IndicatorsPeriod, CalendarYearAndExplicitBounds) {
    const Period year = Period::calendarYear(2025);
    EXPECT_EQ(year.from, (Date{2025, 1, 1}));
    EXPECT_EQ(year.to, (Date{2025, 12, 31}));
    EXPECT_EQ(year.calendarYearOf(), 2025);
    EXPECT_TRUE(year.contains(Date{2025, 12, 31}));
    EXPECT_FALSE(year.contains(Date{2026, 1, 1}));
    EXPECT_EQ(Period::between({2025, 1, 1}, {2025, 6, 30}).calendarYearOf(), std::nullopt);
    EXPECT_THROW(Period::between({2025, 2, 1}, {2025, 1, 31}), std::invalid_argument);
    EXPECT_THROW(Period::between({}, {2025, 1, 31}), std::invalid_argument);
}

TEST(IndicatorsCompute, RecordsPeriodDateAndThreshold) {
    const IndicatorsReport r = report2025();
    EXPECT_EQ(r.period.from, (Date{2025, 1, 1}));
    EXPECT_EQ(r.calculationDate, kCalculationDate);
    EXPECT_EQ(r.smallSampleThreshold, 5);
}

TEST(IndicatorsCompute, EveryRateOfACourse) {
    const Figures& mgt = courseFigures(report2025(), "MGT");
    EXPECT_EQ(mgt.trainees, 6);
    expectRate(mgt.satisfaction, 2, 4, false);   // m6 abandoned: her answer does not count
    expectRate(mgt.responseRate, 4, 5, true);
    expectRate(mgt.completion, 5, 6, true);
    expectRate(mgt.abandon, 1, 6, true);
    ASSERT_TRUE(mgt.success.has_value());
    expectRate(*mgt.success, 3, 5, true);
    EXPECT_FALSE(mgt.certification.has_value());
    EXPECT_EQ(mgt.hoursDelivered, Hours{10150});
}

TEST(IndicatorsCompute, CertificationCountsPartialAndOnlyCandidatesPresented) {
    const Figures& cert = courseFigures(report2025(), "CERT");
    EXPECT_EQ(cert.trainees, 5);   // B2 began in 2024 but ended in 2025
    expectRate(cert.satisfaction, 2, 3, false);
    expectRate(cert.responseRate, 3, 4, false);
    expectRate(cert.completion, 4, 5, true);
    expectRate(cert.abandon, 1, 5, true);
    ASSERT_TRUE(cert.success.has_value());
    expectRate(*cert.success, 3, 4, false);
    ASSERT_TRUE(cert.certification.has_value());
    expectRate(*cert.certification, 2, 3, false);
    EXPECT_EQ(cert.hoursDelivered, Hours{15000});
}

TEST(IndicatorsCompute, NobodyAnsweredTheSurvey) {
    const Figures& f = courseFigures(report2025(), "NOASSESS");
    EXPECT_EQ(f.trainees, 5);
    expectRate(f.responseRate, 0, 5, true);
    expectUndefined(f.satisfaction);
    expectRate(f.completion, 5, 5, true);
    EXPECT_FALSE(f.success.has_value());   // learning not assessed: no success rate at all
}

TEST(IndicatorsCompute, EveryoneAbandoned) {
    const Figures& f = courseFigures(report2025(), "ALLGONE");
    EXPECT_EQ(f.trainees, 2);
    expectRate(f.completion, 0, 2, false);
    expectRate(f.abandon, 2, 2, false);
    ASSERT_TRUE(f.success.has_value());
    expectUndefined(*f.success);
    expectUndefined(f.responseRate);
    expectUndefined(f.satisfaction);
    EXPECT_EQ(f.hoursDelivered, Hours{325});
}

TEST(IndicatorsCompute, CourseWithoutSessionInThePeriodIsStillListed) {
    const IndicatorsReport r = report2025();
    ASSERT_EQ(r.courses.size(), 5u);
    EXPECT_EQ(r.courses[0].courseId, "MGT");
    EXPECT_EQ(r.courses[2].courseId, "EMPTY");
    const Figures& f = r.courses[2].figures;
    EXPECT_EQ(f.trainees, 0);
    expectUndefined(f.satisfaction);
    expectUndefined(f.responseRate);
    expectUndefined(f.completion);
    expectUndefined(f.abandon);
    ASSERT_TRUE(f.success.has_value());
    expectUndefined(*f.success);
    EXPECT_EQ(f.hoursDelivered, Hours{0});
}

TEST(IndicatorsCompute, OrganisationAddsCountsNotRates) {
    const Figures& org = report2025().organisation;
    EXPECT_EQ(org.trainees, 18);   // the unknown course's and unknown session's trainees are left out
    expectRate(org.satisfaction, 4, 7, true);
    expectRate(org.responseRate, 7, 14, true);
    expectRate(org.completion, 14, 18, true);
    expectRate(org.abandon, 4, 18, true);
    ASSERT_TRUE(org.success.has_value());
    expectRate(*org.success, 6, 9, true);   // NOASSESS's completions are not "assessed"
    ASSERT_TRUE(org.certification.has_value());
    expectRate(*org.certification, 2, 3, false);
    EXPECT_EQ(org.hoursDelivered, Hours{28975});
}

TEST(IndicatorsCompute, OrganisationWithoutCertifyingCourseHasNoCertificationRate) {
    Workspace ws = testing::indicatorsWorkspace();
    for (Course& c : ws.courses) c.certification.reset();
    const IndicatorsReport r = computeIndicators(ws, Period::calendarYear(2025), kCalculationDate);
    EXPECT_FALSE(r.organisation.certification.has_value());
    EXPECT_FALSE(courseFigures(r, "CERT").certification.has_value());
}

TEST(IndicatorsCompute, YearOnYearListsEveryYearWithResultsUpToThePeriod) {
    const IndicatorsReport r = report2025();
    ASSERT_EQ(r.years.size(), 2u);   // 2026 lies after the period
    EXPECT_EQ(r.years[0].year, 2024);
    EXPECT_EQ(r.years[1].year, 2025);

    const Figures* mgt2024 = courseFiguresInYear(r, 2024, "MGT");
    ASSERT_NE(mgt2024, nullptr);
    EXPECT_EQ(mgt2024->trainees, 2);
    expectRate(mgt2024->satisfaction, 1, 2, false);
    expectRate(mgt2024->completion, 2, 2, false);
    expectRate(*mgt2024->success, 1, 2, false);
    EXPECT_EQ(courseFiguresInYear(r, 2024, "CERT")->trainees, 0);
    EXPECT_EQ(r.years[0].organisation.trainees, 2);

    const Figures* mgt2025 = courseFiguresInYear(r, 2025, "MGT");
    ASSERT_NE(mgt2025, nullptr);
    expectRate(mgt2025->completion, 5, 6, true);
    EXPECT_EQ(r.years[1].organisation.trainees, r.organisation.trainees);
    EXPECT_EQ(courseFiguresInYear(r, 2023, "MGT"), nullptr);
}

TEST(IndicatorsCompute, LaterPeriodIncludesLaterYears) {
    const IndicatorsReport r =
        computeIndicators(testing::indicatorsWorkspace(), Period::calendarYear(2026), kCalculationDate);
    ASSERT_EQ(r.years.size(), 3u);
    EXPECT_EQ(r.years[2].year, 2026);
    EXPECT_EQ(r.organisation.trainees, 1);
    EXPECT_EQ(courseFiguresInYear(r, 2026, "EMPTY")->trainees, 1);
}

TEST(IndicatorsCompute, PeriodBoundsAreInclusiveOnTheEndDate) {
    const Workspace ws = testing::indicatorsWorkspace();
    const IndicatorsReport january = computeIndicators(ws, Period::between({2025, 1, 1}, {2025, 1, 10}), kCalculationDate);
    EXPECT_EQ(courseFigures(january, "CERT").trainees, 2);   // B2 ends on the period's last day
    EXPECT_EQ(january.organisation.trainees, 2);
    const IndicatorsReport lastDay = computeIndicators(ws, Period::between({2025, 12, 31}, {2025, 12, 31}), kCalculationDate);
    EXPECT_EQ(courseFigures(lastDay, "CERT").trainees, 3);   // B1 ends on it
}

TEST(IndicatorsCompute, LatestYearWithResults) {
    const Workspace ws = testing::indicatorsWorkspace();
    EXPECT_EQ(latestYearWithResults(ws, {2025, 6, 1}), 2025);
    EXPECT_EQ(latestYearWithResults(ws, {2030, 1, 1}), 2026);
    EXPECT_EQ(latestYearWithResults(ws, {2026, 1, 31}), 2025);   // E26 ends on 1 February 2026
    EXPECT_EQ(latestYearWithResults(ws, {2026, 2, 1}), 2026);
    EXPECT_EQ(latestYearWithResults(ws, {2023, 1, 1}), 2023);   // no results yet: the current year
}

}  // namespace
}  // namespace fd::gen
