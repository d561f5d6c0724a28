// A hand-made workspace whose indicator figures are worked out by hand in
// indicators_compute_test.cpp. Small-sample threshold 5.
//
//   course    assessed certifying  sessions (end date)                 trainees
//   MGT       yes      no          A0 2024-06-30, A1 2025-03-10        2 + 6
//   CERT      yes      RNCP        B1 2025-12-31, B2 2024-12-15..2025-01-10   3 + 2
//   EMPTY     yes      no          E26 2026-02-01 (after 2025)          1
//   NOASSESS  no       no          N1 2025-05-02, nobody answered the survey  5
//   ALLGONE   yes      no          G1 2025-09-05, everyone abandoned    2
// plus a session of an unknown course and a trainee of an unknown session, both ignored.
#pragma once

#include <optional>
#include <string>

#include "model/model.h"

namespace fd::testing {

inline LocalizedText indicatorsText(const std::string& fr, const std::string& en) {
    LocalizedText t;
    t.byLang["fr"] = fr;
    t.byLang["en"] = en;
    return t;
}

inline Course indicatorsCourse(const std::string& id, const std::string& titleFr, const std::string& titleEn,
                               bool assessed) {
    Course c;
    c.id = id;
    c.title = indicatorsText(titleFr, titleEn);
    c.assessed = assessed;
    c.totalHours = Hours{3500};
    return c;
}

inline Session indicatorsSession(const std::string& id, const std::string& courseId, Date start, Date end) {
    Session s;
    s.id = id;
    s.courseId = courseId;
    s.start = start;
    s.end = end;
    return s;
}

inline Trainee indicatorsTrainee(const std::string& id, const std::string& sessionId, Outcome outcome,
                                 std::optional<int> satisfaction, int64_t hundredths,
                                 CertificationResult certification = CertificationResult::NotPresented) {
    Trainee t;
    t.id = id;
    t.sessionId = sessionId;
    t.familyName = "Name-" + id;
    t.givenNames = "Given";
    t.outcome = outcome;
    t.satisfaction = satisfaction;
    t.hoursAttended = Hours{hundredths};
    t.certification = certification;
    return t;
}

inline Workspace indicatorsWorkspace() {
    using O = Outcome;
    using C = CertificationResult;
    Workspace ws;
    ws.root = "/nonexistent-workspace";
    Organisation& org = ws.organisation;
    org.jurisdiction = Jurisdiction::FR;
    org.legalName = "Atelier Compétences Rhône SARL";
    org.tradeName = "Atelier Compétences";
    org.languages = {"fr", "en"};
    org.policies.smallSampleThreshold = 5;

    ws.courses.push_back(indicatorsCourse("MGT", "Manager une équipe", "Managing a team", true));
    Course cert = indicatorsCourse("CERT", "Titre de formateur", "Trainer qualification", true);
    CertifyingData data;
    data.type = CertificationType::RNCP;
    data.code = "RNCP35635";
    data.title = indicatorsText("Formateur professionnel d’adultes", "Professional adult trainer");
    data.certifier = "Ministère du Travail";
    data.blocks.push_back({"RNCP35635BC01", indicatorsText("Préparer et animer", "Prepare and lead")});
    data.blocks.push_back({"RNCP35635BC02", indicatorsText("Accompagner les parcours", "Support learners")});
    data.equivalences = indicatorsText("Équivalence avec le titre FPA", "Equivalent to the FPA title");
    data.bridges = indicatorsText("Passerelle vers le titre CIP", "Bridge to the CIP title");
    data.followUp = indicatorsText("Master ingénierie de formation", "Master in training design");
    data.jobOutcomes = indicatorsText("Formateur, concepteur pédagogique", "Trainer, learning designer");
    cert.certification = data;
    ws.courses.push_back(cert);
    ws.courses.push_back(indicatorsCourse("EMPTY", "Formation sans session", "Course without sessions", true));
    ws.courses.push_back(indicatorsCourse("NOASSESS", "Sensibilisation", "Awareness", false));
    ws.courses.push_back(indicatorsCourse("ALLGONE", "Tableur avancé", "Advanced spreadsheets", true));

    ws.sessions = {
        indicatorsSession("A0", "MGT", {2024, 6, 1}, {2024, 6, 30}),
        indicatorsSession("A1", "MGT", {2025, 3, 1}, {2025, 3, 10}),
        indicatorsSession("B1", "CERT", {2025, 12, 1}, {2025, 12, 31}),
        indicatorsSession("B2", "CERT", {2024, 12, 15}, {2025, 1, 10}),
        indicatorsSession("E26", "EMPTY", {2026, 1, 20}, {2026, 2, 1}),
        indicatorsSession("N1", "NOASSESS", {2025, 5, 1}, {2025, 5, 2}),
        indicatorsSession("G1", "ALLGONE", {2025, 9, 1}, {2025, 9, 5}),
        indicatorsSession("X1", "GHOST", {2025, 4, 1}, {2025, 4, 2}),
    };

    ws.trainees = {
        indicatorsTrainee("p1", "A0", O::Completed, 5, 2100),
        indicatorsTrainee("p2", "A0", O::Failed, 3, 2100),

        indicatorsTrainee("m1", "A1", O::Completed, 5, 2100),
        indicatorsTrainee("m2", "A1", O::Completed, 4, 2100),
        indicatorsTrainee("m3", "A1", O::Completed, 3, 2100),
        indicatorsTrainee("m4", "A1", O::Failed, 2, 2100),
        indicatorsTrainee("m5", "A1", O::Failed, std::nullopt, 1400),
        indicatorsTrainee("m6", "A1", O::Abandoned, 5, 350),   // answers of drop-outs are not counted

        indicatorsTrainee("c1", "B1", O::Completed, 5, 3500, C::Obtained),
        indicatorsTrainee("c2", "B1", O::Completed, 4, 3500, C::PartiallyObtained),
        indicatorsTrainee("c3", "B1", O::Failed, 1, 3500, C::NotObtained),
        indicatorsTrainee("c4", "B2", O::Completed, std::nullopt, 3500),
        indicatorsTrainee("c5", "B2", O::Abandoned, std::nullopt, 1000),

        indicatorsTrainee("e1", "E26", O::Completed, 5, 700),

        indicatorsTrainee("n1", "N1", O::Completed, std::nullopt, 700),
        indicatorsTrainee("n2", "N1", O::Completed, std::nullopt, 700),
        indicatorsTrainee("n3", "N1", O::Completed, std::nullopt, 700),
        indicatorsTrainee("n4", "N1", O::Completed, std::nullopt, 700),
        indicatorsTrainee("n5", "N1", O::Completed, std::nullopt, 700),

        indicatorsTrainee("g1", "G1", O::Abandoned, std::nullopt, 200),
        indicatorsTrainee("g2", "G1", O::Abandoned, std::nullopt, 125),

        indicatorsTrainee("x1", "X1", O::Completed, 5, 700),       // unknown course
        indicatorsTrainee("x2", "NOPE", O::Completed, 5, 700),     // unknown session
    };
    return ws;
}

}  // namespace fd::testing
