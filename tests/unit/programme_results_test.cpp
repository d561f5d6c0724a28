// FR-PROG-20: the programme shows the course's latest result indicators, worded as the
// indicators document words them, or the dated reference to that document when there are none.
#include <string>
#include <vector>

#include <gtest/gtest.h>

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

ProgrammeResults resultsOf(const Workspace& ws, const std::string& lang) {
    return programmeResults(ws, ws.courses.front(), localizer(lang), date(kBuildDay));
}

// The results line of the generated programme, label included.
std::string resultsParagraph(const Workspace& ws, const std::string& lang) {
    const PinnedBuildDate pinned(kBuildDay);
    const i18n::Localizer& l10n = localizer(lang);
    Diagnostics warnings;
    const doc::Document d = generateProgramme(ws, ws.courses.front(), l10n,
                                              loadProgrammeTemplate(kSourceDir, ws, l10n.messages()), warnings);
    const std::string text = allText(d.blocks);
    const size_t start = text.find(l10n.msg("programme.results.label"));
    if (start == std::string::npos) return {};
    return text.substr(start, text.find('\n', start) - start);
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
    Course other = ws.courses.front();
    other.id = "OTHER";
    ws.courses.push_back(other);
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
                                              loadProgrammeTemplate(kSourceDir, ws, localizer("fr").messages()), warnings);
    const std::string text = allText(d.blocks);
    EXPECT_NE(text.find("Taux d’obtention | 83\u00A0% (5/6) en 2026 (détail\u202F: indicators.fr.pdf)"), std::string::npos)
        << text;
    EXPECT_NE(text.find(", certification 83\u00A0% (5/6)"), std::string::npos) << text;
}

}  // namespace
}  // namespace fd::gen
