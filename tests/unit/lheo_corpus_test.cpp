// import-lheo on the real LHEO files of ../shared/corpus/lheo (LHEO 1.3, 2.2 and lheo-leger, with
// doubly encoded UTF-8, CRLF, HTML fragments and very long lines).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "lheo/lheo_import.h"
#include "lheo_test_support.h"
#include "readers/courses_reader.h"
#include "readers/csv.h"
#include "readers/organisation_reader.h"
#include "readers/sessions_reader.h"
#include "readers/workspace_reader.h"

namespace fd::lheo {
namespace {

using namespace fd::lheo::testing;

struct Imported {
    ImportResult result;
    Diagnostics diagnostics;
    std::vector<Course> courses;
    std::vector<Session> sessions;
    std::optional<Organisation> organisation;
};

Imported importInto(const ScratchDir& ws, const std::string& name) {
    Imported out;
    out.result = importLheo(corpusFile(name), ws.path(), out.diagnostics);
    EXPECT_TRUE(out.result.imported) << name;
    EXPECT_FALSE(out.diagnostics.hasErrors()) << name;
    Diagnostics d;
    out.courses = readers::readCoursesFile(ws.file("courses.xml"), "courses.xml", "fr", d).value_or(std::vector<Course>{});
    if (auto table = readers::parseCsv(readAll(ws.file("sessions.csv")), "sessions.csv", {}, d))
        out.sessions = readers::readSessions(*table, d).value_or(std::vector<Session>{});
    out.organisation = readers::readOrganisationFile(ws.file("organisation.xml"), "organisation.xml", d);
    EXPECT_FALSE(d.hasErrors()) << name << ": the files written read back without error";
    return out;
}

std::string fr(const LocalizedText& text) {
    const std::string* value = text.get("fr", "fr");
    return value ? *value : std::string();
}

std::string allObjectives(const Course& c) {
    std::string out;
    for (const LocalizedText& item : c.objectives) out += fr(item) + "\n";
    return out;
}

// The field of a readWorkspace error -> what the import said about it: every error of the
// imported workspace must be something the import announced the LHEO offer lacks.
std::string announcedAs(const Diagnostic& error) {
    const std::string& f = error.field;
    if (error.key == "diag.siret.checksum") return "lheo.organisation.siret_invalid";
    const size_t dot = f.find("].");
    if (f.rfind("course[", 0) == 0 && dot != std::string::npos) {
        std::string field = f.substr(dot + 2);
        if (field.rfind("modules[", 0) == 0) field = "hours";   // the one module lasts the course's hours
        return "lheo.missing " + f.substr(0, dot + 1) + " " + field;
    }
    return "lheo.missing organisation " + f;
}

void expectOnlyAnnouncedErrors(const ScratchDir& ws, const Imported& imported) {
    std::set<std::string> announced;
    for (const Diagnostic& d : imported.diagnostics.items()) {
        if (d.key == "lheo.missing") announced.insert("lheo.missing " + d.args.at("owner") + " " + d.args.at("field"));
        else announced.insert(d.key);
    }
    Diagnostics load;
    readWorkspace(ws.path(), {}, load);
    for (const Diagnostic& error : load.items()) {
        if (error.severity != Severity::Error) continue;
        EXPECT_TRUE(announced.count(announcedAs(error)))
            << error.file << ":" << error.line << ": " << error.field << ": " << error.key << " was not announced";
    }
}

TEST(LheoCorpusTest, PhotographerOffer_Lheo13WithDoublyEncodedUtf8) {
    FD_REQUIRE_LHEO_CORPUS();
    ScratchDir ws;
    const Imported in = importInto(ws, "exemple-photographe.xml");
    ASSERT_EQ(in.courses.size(), 1u);
    ASSERT_EQ(in.sessions.size(), 1u);
    const Course& c = in.courses[0];
    EXPECT_EQ(fr(c.title), "CAP photographe");
    EXPECT_EQ(c.totalHours, Hours{32000});
    EXPECT_NE(allObjectives(c).find("photos d'identité, travaux de reportage"), std::string::npos);
    EXPECT_EQ(fr(c.modules.at(0).content),
              "Apprendre les techniques de prises de vues.\nChoisir et fabriquer une mise en scène.\n"
              "Maîtriser les éclairages et les couleurs.\nEffectuer des travaux de développements et d'agrandissements.");
    EXPECT_EQ(in.sessions[0].start, (Date{2004, 6, 21}));
    EXPECT_EQ(in.sessions[0].end, (Date{2004, 6, 22}));
    ASSERT_TRUE(in.organisation);
    EXPECT_EQ(in.organisation->legalName, "Centre de formation d'apprentis académique (CFA)");

    std::map<std::string, std::string> repairs;
    for (const Diagnostic& d : withKey(in.diagnostics, "lheo.repair.mojibake"))
        repairs[d.args.at("before")] = d.args.at("after");
    EXPECT_EQ(repairs["d'identitÃ©,"], "d'identité,");
    EXPECT_EQ(repairs["scÃ¨ne."], "scène.");
    // Its SIRET fails the Luhn check: announced now, an error when the workspace is read.
    EXPECT_EQ(argsOf(in.diagnostics, "lheo.organisation.siret_invalid", "value"), std::vector<std::string>{"63445123124916"});
    expectOnlyAnnouncedErrors(ws, in);
}

TEST(LheoCorpusTest, OnisepOffer_Lheo22WithCrlfHtmlAndLongLines) {
    FD_REQUIRE_LHEO_CORPUS();
    ScratchDir ws;
    const Imported in = importInto(ws, "exemple-bts-onisep.xml");
    ASSERT_EQ(in.courses.size(), 1u);
    ASSERT_EQ(in.sessions.size(), 1u);
    const Course& c = in.courses[0];
    EXPECT_EQ(c.id, "9436_18706");
    EXPECT_EQ(fr(c.title), "BTS négociation et relation client");
    EXPECT_EQ(in.sessions[0].id, "9436_18706");
    EXPECT_EQ(in.sessions[0].start, (Date{2015, 9, 1}));
    EXPECT_EQ(in.sessions[0].end, (Date{2017, 8, 31}));
    EXPECT_EQ(in.sessions[0].place, "Lycée Kerneuzec, Kerneuzec, 29391 QUIMPERLÉ");
    // <p>, <b>, <br />, <ul><li> became paragraphs of plain text.
    const std::string sanction = fr(c.sanction);
    EXPECT_EQ(sanction.substr(0, sanction.find('\n')), "Les objectifs :");
    EXPECT_EQ(sanction.find('<'), std::string::npos);
    EXPECT_EQ(fr(c.objectives.at(0)).rfind("A la fois vendeur, manager et commercial", 0), 0u);
    EXPECT_NE(fr(c.modules.at(0).content).find("\nRelation client (5 heures hebdomadaire"), std::string::npos);
    // CRLF: no carriage return reaches the workspace, and lines are counted right.
    EXPECT_EQ(readAll(ws.file("courses.xml")).find('\r'), std::string::npos);
    std::vector<int> urlLines;
    for (const Diagnostic& d : withKey(in.diagnostics, "lheo.unmapped"))
        if (d.field == "lheo/offres/formation/url-formation") urlLines.push_back(d.line);
    EXPECT_EQ(urlLines, std::vector<int>{29});
    ASSERT_TRUE(in.organisation);
    EXPECT_EQ(in.organisation->siret, "19290076900014");
    EXPECT_EQ(in.organisation->address.city, "QUIMPERLÉ");
    EXPECT_EQ(withKey(in.diagnostics, "lheo.repair.markup").size(), 3u);
    expectOnlyAnnouncedErrors(ws, in);
}

TEST(LheoCorpusTest, InsertionCounsellorOffer_Lheo13WithEntities) {
    FD_REQUIRE_LHEO_CORPUS();
    ScratchDir ws;
    const Imported in = importInto(ws, "exemple-conseiller-insertion.xml");
    ASSERT_EQ(in.courses.size(), 1u);
    ASSERT_EQ(in.sessions.size(), 1u);
    const Course& c = in.courses[0];
    EXPECT_EQ(fr(c.title), "Titre professionnel conseiller(ère) en insertion professionnelle");
    EXPECT_EQ(c.totalHours, Hours{126000});
    EXPECT_EQ(c.deliveryMode, DeliveryMode::Blended);   // FOAD 1
    ASSERT_TRUE(c.certification);
    EXPECT_EQ(c.certification->code, "RNCP403");
    EXPECT_NE(allObjectives(c).find("Développer et mettre en œuvre des relations"), std::string::npos);
    ASSERT_EQ(c.prerequisites.size(), 2u);
    EXPECT_EQ(fr(c.prerequisites[0]), "25 ans minimum conseillés");
    EXPECT_EQ(in.sessions[0].start, (Date{2008, 4, 14}));
    EXPECT_EQ(in.sessions[0].end, (Date{2008, 8, 1}));
    ASSERT_TRUE(in.organisation);
    EXPECT_EQ(in.organisation->administrativeContact.name, "Jean Duport");
    EXPECT_EQ(in.organisation->pedagogicalContact.name, "Isabelle Dulac");
    expectOnlyAnnouncedErrors(ws, in);
}

TEST(LheoCorpusTest, SummaryOffer_LheoLeger) {
    FD_REQUIRE_LHEO_CORPUS();
    ScratchDir ws;
    const Imported in = importInto(ws, "exemple-leger.xml");
    ASSERT_EQ(in.courses.size(), 1u);
    ASSERT_EQ(in.sessions.size(), 1u);
    EXPECT_EQ(fr(in.courses[0].title), "Titre professionnel conseiller(ère) en insertion professionnelle");
    EXPECT_EQ(in.courses[0].totalHours, Hours{126000});
    ASSERT_TRUE(in.organisation);
    EXPECT_EQ(in.organisation->legalName, "AFPA Rillieux");
    EXPECT_EQ(in.organisation->siret, "30059912300183");
    EXPECT_EQ(in.organisation->address.postcode, "69144");
    expectOnlyAnnouncedErrors(ws, in);
}

TEST(LheoCorpusTest, EveryCorpusFileCanBeAddedToTheSameWorkspace) {
    FD_REQUIRE_LHEO_CORPUS();
    ScratchDir ws;
    std::set<std::string> ids;
    size_t sessions = 0;
    for (const char* name : {"exemple-photographe.xml", "exemple-bts-onisep.xml", "exemple-conseiller-insertion.xml",
                             "exemple-leger.xml"}) {
        Diagnostics d;
        const ImportResult result = importLheo(corpusFile(name), ws.path(), d);
        ASSERT_TRUE(result.imported) << name;
        ids.insert(result.courseIds.begin(), result.courseIds.end());
        sessions += result.sessions;
    }
    // The two AFPA files describe the same offer without an LHEO number: the second one's id
    // (from the title) collides and is made unique.
    EXPECT_EQ(ids.size(), 4u);
    EXPECT_EQ(ids.count("Titre-professionnel-conseiller-ere-en-insertion-2"), 1u);
    Diagnostics d;
    EXPECT_EQ(readers::readCoursesFile(ws.file("courses.xml"), "courses.xml", "fr", d)->size(), 4u);
    auto table = readers::parseCsv(readAll(ws.file("sessions.csv")), "sessions.csv", {}, d);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->records.size(), sessions);
}

}  // namespace
}  // namespace fd::lheo
