// Helpers of the compliance-check unit tests: complete French and Portuguese workspaces built by
// hand (no readers), on which the check finds nothing, and lookups in an audit report.
#pragma once

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/check/audit.h"
#include "programme_test_support.h"

namespace fd::check_testing {

using check::AuditReport;
using check::TemplateCoverage;
using programme_testing::date;
using programme_testing::text;

inline const Date kToday = date("2026-11-21");

inline std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

inline Trainee trainee(const std::string& id, const std::string& sessionId, std::optional<int> satisfaction) {
    Trainee t;
    t.loc.file = "trainees.csv";
    t.loc.line = 2;
    t.id = id;
    t.sessionId = sessionId;
    t.familyName = "Martin";
    t.givenNames = "Léa";
    t.hoursAttended = Hours{2100};
    t.satisfaction = satisfaction;
    return t;
}

// The programme tests' French organisation, completed so that every requirement is met on
// kToday: every text in fr, en and pt, a session over in the last twelve months with a trainee
// who answered the satisfaction survey.
inline Workspace completeFrenchWorkspace() {
    Workspace ws = programme_testing::frenchWorkspace();
    ws.root = "";
    ws.organisation.siret = "89317452400015";   // Luhn-valid (VAL-02)
    Course& c = ws.courses.front();
    c.title.byLang["pt"] = "Gerir uma equipa no dia a dia";
    c.audience.byLang["pt"] = "Chefias diretas e chefes de equipa";
    for (Session& s : ws.sessions) s.loc = SourceLoc{"sessions.csv", s.id == "S-2026-01" ? 3 : 2, {}};
    ws.trainees = {trainee("T-1", "S-2026-01", 5)};
    return ws;
}

// The programme tests' Portuguese entity, completed likewise (training policy, opening hours).
inline Workspace completePortugueseWorkspace() {
    Workspace ws = programme_testing::portugueseWorkspace();
    ws.root = "";
    ws.organisation.policies.trainingPolicy = text({{"pt", "Formação contínua para empresas do Norte"},
                                                    {"en", "Continuing training for companies of the North"}});
    ws.organisation.policies.openingHours = text({{"pt", "Dias úteis, das 9h00 às 18h00"},
                                                  {"en", "Working days, 9:00 to 18:00"}});
    ws.courses.front().audience.byLang["pt"] = "Chefias diretas e chefes de equipa";
    ws.trainees = {trainee("T-1", "S-2026-01", 5)};
    return ws;
}

inline AuditReport audit(const Workspace& ws, std::vector<TemplateCoverage> templates = {}) {
    return check::runAudit(ws, check::AuditInputs{kToday, std::move(templates)});
}

inline std::vector<const check::Assessment*> findingsOf(const AuditReport& report, const std::string& id) {
    std::vector<const check::Assessment*> found;
    for (const check::Assessment* a : report.findings())
        if (a->requirementId == id) found.push_back(a);
    return found;
}

inline bool assessed(const AuditReport& report, const std::string& id) {
    return std::any_of(report.assessments.begin(), report.assessments.end(),
                       [&](const check::Assessment& a) { return a.requirementId == id; });
}

// "FR-PROG-13 mandatory missing course[X].accessibility courses.xml:3" — what a failure shows.
inline std::string describe(const AuditReport& report) {
    std::string text;
    for (const check::Assessment* a : report.findings())
        text += "\n  " + a->requirementId + " [" + a->courseId + "] " + std::to_string(static_cast<int>(a->severity)) +
                "/" + std::to_string(static_cast<int>(a->status)) + " " + a->detailKey + " " + a->evidence.field + " " +
                a->evidence.file + ":" + std::to_string(a->evidence.line);
    return text;
}

}  // namespace fd::check_testing
