// FR-PROG-20: the programme shows the course's latest result indicators, worded as the
// indicators document words them, or the dated reference to that document when there are none.
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/indicators/compute.h"
#include "generators/programme/latest_course_results.h"
#include "generators/programme/programme.h"
#include "generators/programme/programme_results.h"
#include "programme_test_support.h"

namespace fd::gen {
namespace {

using namespace programme_testing;

constexpr const char* kBuildDay = "2026-11-21";

// `count` trainees of `sessionId`: the first `satisfied` answer 5, the others 2; the first
// `failed` failed the final assessment.
void addTrainees(Workspace& ws, const std::string& sessionId, int count, int satisfied, int failed) {
    for (int i = 0; i < count; ++i) {
        Trainee t;
        t.id = sessionId + "-" + std::to_string(i + 1);
        t.sessionId = sessionId;
        t.familyName = "Stagiaire";
        t.givenNames = std::to_string(i + 1);
        t.hoursAttended = Hours{2100};
        t.outcome = i < failed ? Outcome::Failed : Outcome::Completed;
        t.satisfaction = i < satisfied ? 5 : 2;
        ws.trainees.push_back(t);
    }
}

// What a run computes once for all its programmes, on the build day.
LatestCourseResults latestOn(const Workspace& ws) { return LatestCourseResults::compute(ws, date(kBuildDay)); }

ProgrammeResults resultsOf(const Workspace& ws, const std::string& lang) {
    return programmeResults(latestOn(ws), ws.courses.front(), localizer(lang));
}

// The results line of `course`'s generated programme, label included.
std::string resultsParagraph(const Workspace& ws, const Course& course, const LatestCourseResults& results,
                             const std::string& lang) {
    const PinnedBuildDate pinned(kBuildDay);
    const i18n::Localizer& l10n = localizer(lang);
    Diagnostics warnings;
    const doc::Document d =
        generateProgramme(ws, course, l10n, loadProgrammeTemplate(kSourceDir, ws, l10n.messages()), results, warnings);
    const std::string text = allText(d.blocks);
    const size_t start = text.find(l10n.msg("programme.results.label"));
    if (start == std::string::npos) return {};
    return text.substr(start, text.find('\n', start) - start);
}

std::string resultsParagraph(const Workspace& ws, const std::string& lang) {
    return resultsParagraph(ws, ws.courses.front(), latestOn(ws), lang);
}

// A second course, a copy of the first under another id.
Course& addCourse(Workspace& ws, const std::string& id) {
    Course other = ws.courses.front();
    other.id = id;
    ws.courses.push_back(other);
    return ws.courses.back();
}

TEST(ProgrammeResults, WithoutTraineesTheProgrammeRefersToTheIndicatorsDocument) {
    const ProgrammeResults r = resultsOf(frenchWorkspace(), "fr");
    EXPECT_FALSE(r.available);
    EXPECT_EQ(r.calculated, date(kBuildDay));
    EXPECT_EQ(resultsParagraph(frenchWorkspace(), "fr"),
              "Indicateurs de résultats\u202F: voir indicators.fr.pdf, calculés le 21 novembre 2026.");
}

TEST(ProgrammeResults, SignificantRatesWithTheirCounts) {
    Workspace ws = frenchWorkspace();
    addTrainees(ws, "S-2026-01", 6, 5, 1);
    const ProgrammeResults r = resultsOf(ws, "fr");
    ASSERT_TRUE(r.available);
    EXPECT_EQ(r.year, 2026);
    EXPECT_EQ(r.trainees, 6);
    EXPECT_EQ(r.satisfaction, "83\u00A0% (5/6)");
    EXPECT_EQ(r.success, "83\u00A0% (5/6)");
    EXPECT_EQ(r.certification, "");   // not a certifying course
    EXPECT_EQ(resultsParagraph(ws, "fr"),
              "Indicateurs de résultats\u202F: 6\u00A0stagiaires en 2026, satisfaction 83\u00A0% (5/6), réussite 83\u00A0% (5/6)"
              "\u00A0— détail\u202F: indicators.fr.pdf, calculés le 21 novembre 2026.");
    EXPECT_EQ(resultsParagraph(ws, "en"),
              "Result indicators: 6\u00A0trainees in 2026, satisfaction 83% (5/6), success 83% (5/6)"
              "\u00A0— details: indicators.en.pdf, computed on 21 November 2026.");
}

// FR-RES-04: below the organisation's small-sample threshold no bare percentage is printed.
TEST(ProgrammeResults, SmallSamplesAreNotSignificant) {
    Workspace ws = frenchWorkspace();
    addTrainees(ws, "S-2026-01", 3, 3, 0);
    const ProgrammeResults r = resultsOf(ws, "fr");
    EXPECT_EQ(r.satisfaction, "non significatif (n\u00A0=\u00A03)");
    EXPECT_EQ(r.success, "non significatif (n\u00A0=\u00A03)");
    EXPECT_EQ(resultsOf(ws, "pt").satisfaction, localizer("pt").msg("indicators.reading.not_significant", {{"n", int64_t{3}}}));
}

TEST(ProgrammeResults, TheCoursesOwnLatestYear) {
    Workspace ws = frenchWorkspace();
    Session old;
    old.id = "S-2025-01";
    old.courseId = "MGT-ENT";
    old.start = date("2025-05-12");
    old.end = date("2025-05-14");
    ws.sessions.push_back(old);
    addTrainees(ws, "S-2025-01", 5, 4, 0);
    // Another course's trainees in 2026 make 2026 the organisation's latest year, not this course's.
    addCourse(ws, "OTHER");
    Session otherSession = old;
    otherSession.id = "S-OTHER";
    otherSession.courseId = "OTHER";
    otherSession.start = date("2026-05-04");
    otherSession.end = date("2026-05-05");
    ws.sessions.push_back(otherSession);
    addTrainees(ws, "S-OTHER", 2, 2, 0);

    const ProgrammeResults r = resultsOf(ws, "fr");
    ASSERT_TRUE(r.available);
    EXPECT_EQ(r.year, 2025);
    EXPECT_EQ(r.trainees, 5);
    EXPECT_EQ(r.satisfaction, "80\u00A0% (4/5)");
    // One computation serves both courses, each with its own year.
    const LatestCourseResults latest = latestOn(ws);
    const ProgrammeResults o = programmeResults(latest, ws.courses.back(), localizer("fr"));
    EXPECT_EQ(o.year, 2026);
    EXPECT_EQ(o.trainees, 2);
    EXPECT_EQ(programmeResults(latest, ws.courses.front(), localizer("fr")).year, 2025);
}

// FR-PROG-19: a certifying course shows its certification rate in the certification section too.
TEST(ProgrammeResults, CertificationRateOfACertifyingCourse) {
    Workspace ws = frenchWorkspace();
    CertifyingData c;
    c.type = CertificationType::RS;
    c.code = "RS5890";
    c.title = text({{"fr", "Tutorat"}, {"en", "Tutoring"}, {"pt", "Tutoria"}});
    c.certifier = "CCI France";
    ws.courses.front().certification = c;
    addTrainees(ws, "S-2026-01", 6, 6, 0);
    for (Trainee& t : ws.trainees) t.certification = CertificationResult::Obtained;
    ws.trainees.front().certification = CertificationResult::NotObtained;

    const ProgrammeResults r = resultsOf(ws, "fr");
    EXPECT_EQ(r.certification, "83\u00A0% (5/6)");
    const PinnedBuildDate pinned(kBuildDay);
    Diagnostics warnings;
    const doc::Document d = generateProgramme(ws, ws.courses.front(), localizer("fr"),
                                              loadProgrammeTemplate(kSourceDir, ws, localizer("fr").messages()),
                                              latestOn(ws), warnings);
    const std::string text = allText(d.blocks);
    EXPECT_NE(text.find("Taux d’obtention | 83\u00A0% (5/6) en 2026 (détail\u202F: indicators.fr.pdf)"), std::string::npos)
        << text;
    EXPECT_NE(text.find(", certification 83\u00A0% (5/6)"), std::string::npos) << text;
}

// The programme prints the figures it is handed and computes none itself: this workspace has no
// trainees at all, so every figure printed comes from the report built here.
TEST(ProgrammeResults, TheProgrammePrintsTheFiguresItIsGiven) {
    Workspace ws = frenchWorkspace();
    const Course& unlisted = addCourse(ws, "UNLISTED");
    IndicatorsReport report;
    report.period = Period::calendarYear(2026);
    report.calculationDate = date(kBuildDay);
    report.smallSampleThreshold = 5;
    Figures figures;
    figures.trainees = 10;
    figures.satisfaction = Rate::of(9, 10, report.smallSampleThreshold);
    figures.success = Rate::of(8, 10, report.smallSampleThreshold);
    report.years.push_back({2025, figures, {{"MGT-ENT", figures}, {"UNLISTED", Figures{}}}});
    const LatestCourseResults given(ws, report);

    EXPECT_EQ(resultsParagraph(ws, ws.courses.front(), given, "fr"),
              "Indicateurs de résultats\u202F: 10\u00A0stagiaires en 2025, satisfaction 90\u00A0% (9/10), "
              "réussite 80\u00A0% (8/10)\u00A0— détail\u202F: indicators.fr.pdf, calculés le 21 novembre 2026.");
    // A course without trainees in the report gets the dated reference to the indicators document.
    EXPECT_EQ(resultsParagraph(ws, unlisted, given, "fr"),
              "Indicateurs de résultats\u202F: voir indicators.fr.pdf, calculés le 21 novembre 2026.");
}

// A report over a longer period (here up to 2027) serves as well: a session that has not ended on
// the calculation date is not a result yet, even in a year the report covers.
TEST(LatestCourseResults, YearsAfterTheLatestResultsAreLeftOut) {
    Workspace ws = frenchWorkspace();
    addTrainees(ws, "S-2026-01", 6, 5, 1);
    addTrainees(ws, "S-2027-01", 8, 8, 0);   // ends on 20 January 2027, after the build day
    const LatestCourseResults latest(ws, computeIndicators(ws, Period::calendarYear(2027), date(kBuildDay)));
    const LatestFigures* figures = latest.of("MGT-ENT");
    ASSERT_NE(figures, nullptr);
    EXPECT_EQ(figures->year, 2026);
    EXPECT_EQ(figures->figures.trainees, 6);
    EXPECT_EQ(latest.calculated(), date(kBuildDay));
    EXPECT_EQ(latestOn(ws).of("MGT-ENT")->figures.trainees, 6);
    EXPECT_EQ(latest.of("NO-SUCH-COURSE"), nullptr);
}

// A report that stops before the latest results would silently print older figures.
TEST(LatestCourseResults, AReportStoppingBeforeTheLatestResultsIsRefused) {
    Workspace ws = frenchWorkspace();
    addTrainees(ws, "S-2026-01", 6, 5, 1);
    const IndicatorsReport lastYear = computeIndicators(ws, Period::calendarYear(2025), date(kBuildDay));
    EXPECT_THROW(LatestCourseResults(ws, lastYear), std::invalid_argument);
}

}  // namespace
}  // namespace fd::gen
