// sessions.csv and trainees.csv: from a parsed CSV table to sessions and trainees.
#include <gtest/gtest.h>

#include "readers/sessions_reader.h"
#include "readers/trainees_reader.h"
#include "readers_test_support.h"

namespace fd::readers {
namespace {

using fd::testing::summary;

CsvTable table(const std::string& bytes, const std::string& file, Diagnostics& d) {
    auto parsed = parseCsv(bytes, file, {}, d);
    EXPECT_TRUE(parsed);
    return parsed ? std::move(*parsed) : CsvTable{};
}

TEST(SessionsReaderTest, ReadsSessionsInAnyColumnOrder) {
    Diagnostics d;
    const auto sessions = readSessions(
        table("Course;ID;End;Start;Trainers;Place;Mode\nMGT;S1;2026-01-13;2026-01-12; Ana | Rui ||;  Lyon  ;distance\n"
              "MGT;S2;2026-02-02;2026-02-02;;;\n",
              "sessions.csv", d),
        d);
    ASSERT_TRUE(sessions);
    EXPECT_TRUE(d.items().empty());
    ASSERT_EQ(sessions->size(), 2u);
    const Session& s = sessions->front();
    EXPECT_EQ(s.id, "S1");
    EXPECT_EQ(s.courseId, "MGT");
    EXPECT_EQ(s.start.iso(), "2026-01-12");
    EXPECT_EQ(s.end.iso(), "2026-01-13");
    EXPECT_EQ(s.place, "Lyon");
    EXPECT_EQ(s.trainers, (std::vector<std::string>{"Ana", "Rui"}));
    EXPECT_EQ(s.mode, DeliveryMode::Distance);
    EXPECT_EQ(s.loc.file, "sessions.csv");
    EXPECT_EQ(s.loc.line, 2);
    EXPECT_FALSE((*sessions)[1].mode);
    EXPECT_TRUE((*sessions)[1].trainers.empty());
}

TEST(SessionsReaderTest, ReportsEmptyRequiredCellsAndMalformedValues) {
    Diagnostics d;
    const auto sessions =
        readSessions(table("id,course,start,end,mode\n,MGT,12/01/2026,,online\n", "sessions.csv", d), d);
    ASSERT_TRUE(sessions);
    EXPECT_EQ(summary(d), (std::vector<std::string>{"sessions.csv:2:diag.required", "sessions.csv:2:diag.required",
                                                    "sessions.csv:2:diag.value.date",
                                                    "sessions.csv:2:diag.value.choice"}));
    EXPECT_EQ(d.items()[0].field, "id");
    EXPECT_EQ(d.items()[1].field, "end");
    EXPECT_EQ(d.items()[2].field, "start");
}

TEST(SessionsReaderTest, AMissingRequiredColumnStopsTheFile) {
    Diagnostics d;
    EXPECT_FALSE(readSessions(table("id,start,end\nS1,2026-01-01,2026-01-02\n", "sessions.csv", d), d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"sessions.csv:1:diag.csv.missing_column"}));
}

TEST(TraineesReaderTest, ReadsEveryColumn) {
    Diagnostics d;
    const auto trainees = readTrainees(
        table("id;session;family_name;given_names;birth_date;birth_place;nationality;sex;id_type;id_number;"
              "id_expiry;employer;hours_attended;outcome;grade;certification;satisfaction;email\n"
              "F1;P1;Conceição;João  Pedro;1990-05-01;Coimbra;Portuguesa;M;cc;123456780ZX4;2030-01-01;ACME;"
              "24,5;completed;Apto;partial;4;joao@example.pt\n"
              "F2;P1;Silva;Ana;;;;;;;;;0;abandoned;;;;\n",
              "trainees.csv", d),
        d);
    ASSERT_TRUE(trainees);
    EXPECT_TRUE(d.items().empty());
    ASSERT_EQ(trainees->size(), 2u);
    const Trainee& t = trainees->front();
    EXPECT_EQ(t.familyName, "Conceição");
    EXPECT_EQ(t.givenNames, "João Pedro");
    EXPECT_EQ(t.birthDate.iso(), "1990-05-01");
    EXPECT_EQ(t.sex, "M");
    EXPECT_EQ(t.idDocumentType, "cc");
    EXPECT_EQ(t.idDocumentExpiry.iso(), "2030-01-01");
    EXPECT_EQ(t.hoursAttended.hundredths, 2450);
    EXPECT_EQ(t.outcome, Outcome::Completed);
    EXPECT_EQ(t.certification, CertificationResult::PartiallyObtained);
    EXPECT_EQ(t.satisfaction, 4);
    EXPECT_EQ(t.email, "joao@example.pt");
    const Trainee& u = (*trainees)[1];
    EXPECT_EQ(u.outcome, Outcome::Abandoned);
    EXPECT_EQ(u.certification, CertificationResult::NotPresented);
    EXPECT_FALSE(u.satisfaction);
    EXPECT_TRUE(u.birthDate.empty());
}

TEST(TraineesReaderTest, ReportsMalformedValues) {
    Diagnostics d;
    const auto trainees = readTrainees(
        table("id,session,family_name,given_names,hours_attended,outcome,sex,id_type,certification,satisfaction\n"
              "T1,S1,A,B,7.5h,done,X,passeport,yes,five\n"
              "T2,S1,C,D,,,,,,\n",
              "trainees.csv", d),
        d);
    ASSERT_TRUE(trainees);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "trainees.csv:2:diag.value.choice",    // sex
                              "trainees.csv:2:diag.value.choice",    // id_type
                              "trainees.csv:2:diag.value.hours",
                              "trainees.csv:2:diag.value.choice",    // outcome
                              "trainees.csv:2:diag.value.choice",    // certification
                              "trainees.csv:2:diag.value.integer",   // satisfaction
                              "trainees.csv:3:diag.required",        // hours_attended
                              "trainees.csv:3:diag.required",        // outcome
                          }));
    EXPECT_EQ(d.items()[1].args.at("allowed"), "cc, bi, passport, residence-permit, cni, other");
    EXPECT_EQ(d.items()[4].args.at("allowed"), "obtained, partial, not-obtained");
}

}  // namespace
}  // namespace fd::readers
