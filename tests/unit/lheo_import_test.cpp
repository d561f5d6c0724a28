// import-lheo on hand-made files: what is mapped where, what is reported (with line and element
// path), and how an existing workspace is added to.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

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

// 1-based line of the first occurrence of `needle` in the file.
int lineOf(const std::string& path, const std::string& needle) {
    const std::string text = readAll(path);
    const size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

std::vector<Course> coursesOf(const ScratchDir& ws, const std::string& mainLanguage = "fr") {
    Diagnostics d;
    auto courses = readers::readCoursesFile(ws.file("courses.xml"), "courses.xml", mainLanguage, d);
    EXPECT_TRUE(courses.has_value());
    EXPECT_FALSE(d.hasErrors());
    return courses.value_or(std::vector<Course>{});
}

std::vector<Session> sessionsOf(const ScratchDir& ws) {
    Diagnostics d;
    auto table = readers::parseCsv(readAll(ws.file("sessions.csv")), "sessions.csv", {}, d);
    EXPECT_TRUE(table.has_value());
    if (!table) return {};
    auto sessions = readers::readSessions(*table, d);
    EXPECT_FALSE(d.hasErrors());
    return sessions.value_or(std::vector<Session>{});
}

std::string fr(const LocalizedText& text) {
    const std::string* value = text.get("fr", "fr");
    return value ? *value : std::string();
}

TEST(LheoImportTest, MapsTheOfferIntoTheWorkspaceModel) {
    ScratchDir ws;
    Diagnostics d;
    const ImportResult result = importLheo(fixture("offre-2.2.xml"), ws.path(), d);
    ASSERT_TRUE(result.imported);
    EXPECT_EQ(result.courseIds, std::vector<std::string>{"AB-12-e"});
    EXPECT_EQ(result.sessions, 1u);
    EXPECT_TRUE(result.organisationCreated);
    EXPECT_EQ(result.writtenFiles, (std::vector<std::string>{"organisation.xml", "courses.xml", "sessions.csv"}));

    const std::vector<Course> courses = coursesOf(ws);
    ASSERT_EQ(courses.size(), 1u);
    const Course& c = courses[0];
    EXPECT_EQ(c.id, "AB-12-e");
    EXPECT_EQ(fr(c.title), "Secrétariat médical");
    EXPECT_EQ(c.lastUpdate, (Date{2024, 5, 2}));
    EXPECT_EQ(c.totalHours, Hours{28000});   // 210 h in centre + 70 h in company
    EXPECT_EQ(c.deliveryMode, DeliveryMode::Presential);
    EXPECT_TRUE(c.noPrerequisites);           // "Aucune"
    ASSERT_EQ(c.objectives.size(), 2u);
    EXPECT_EQ(fr(c.objectives[1]), "Gérer les dossiers");
    ASSERT_EQ(c.modules.size(), 1u);
    EXPECT_EQ(fr(c.modules[0].content), "Accueil physique et téléphonique.\nTerminologie médicale.");
    EXPECT_EQ(c.modules[0].hours, c.totalHours);
    EXPECT_EQ(fr(c.sanction), "Attestation de fin de formation");
    EXPECT_EQ(fr(c.schedule), "Temps partiel");
    EXPECT_EQ(fr(c.accessibility), "Locaux accessibles aux personnes à mobilité réduite.");
    EXPECT_EQ(fr(c.accessModalities), "Entretien individuel");
    EXPECT_EQ(fr(c.methods), "Cours en groupe et mises en situation");
    ASSERT_EQ(c.prices.size(), 1u);
    EXPECT_EQ(c.prices[0].amount, 185050);
    EXPECT_TRUE(c.prices[0].taxIncluded);
    ASSERT_EQ(c.locations.size(), 1u);
    EXPECT_EQ(fr(c.locations[0]), "12 rue des Lilas, 44000 Nantes");
    EXPECT_FALSE(c.certifying());

    const std::vector<Session> sessions = sessionsOf(ws);
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_EQ(sessions[0].id, "S1");
    EXPECT_EQ(sessions[0].courseId, "AB-12-e");
    EXPECT_EQ(sessions[0].start, (Date{2025, 1, 6}));
    EXPECT_EQ(sessions[0].end, (Date{2025, 3, 28}));
    EXPECT_EQ(sessions[0].place, "12 rue des Lilas, 44000 Nantes");

    Diagnostics od;
    const auto org = readers::readOrganisationFile(ws.file("organisation.xml"), "organisation.xml", od);
    ASSERT_TRUE(org);
    EXPECT_EQ(org->legalName, "Horizon Formation");   // raison sociale "-": the usual name
    EXPECT_EQ(org->siret, "89317452400015");
    EXPECT_EQ(org->nda, "52440871244");
    EXPECT_EQ(org->address.street, "3 boulevard Vincent Gâche");
    EXPECT_EQ(org->address.postcode, "44200");
    EXPECT_EQ(org->phone, "02 40 35 72 10");
    EXPECT_EQ(org->pedagogicalContact.name, "Anne Durand");
    EXPECT_EQ(org->administrativeContact.email, "inscriptions@example.fr");
}

TEST(LheoImportTest, TheImportedWorkspaceLoadsWhenTheOfferGivesWhatItRequires) {
    ScratchDir ws;
    Diagnostics d;
    ASSERT_TRUE(importLheo(fixture("offre-2.2.xml"), ws.path(), d).imported);
    EXPECT_FALSE(d.hasErrors());
    Diagnostics load;
    EXPECT_TRUE(readWorkspace(ws.path(), {}, load).has_value());
    EXPECT_EQ(load.errorCount(), 0u);
}

TEST(LheoImportTest, ReportsEachElementNotImportedWithItsLineAndPath) {
    ScratchDir ws;
    Diagnostics d;
    const std::string file = fixture("offre-2.2.xml");
    importLheo(file, ws.path(), d);
    std::set<std::pair<std::string, int>> reported;
    for (const Diagnostic& x : withKey(d, "lheo.unmapped")) {
        EXPECT_EQ(x.file, file);
        EXPECT_EQ(x.severity, Severity::Warning);
        reported.emplace(x.field, x.line);
    }
    const std::string f = "lheo/offres/formation/";
    const std::set<std::pair<std::string, int>> expected = {
        {f + "domaine-formation", lineOf(file, "<domaine-formation>")},
        {f + "parcours-de-formation", lineOf(file, "<parcours-de-formation>")},
        {f + "action/code-public-vise", lineOf(file, "<code-public-vise")},
        {f + "action/prise-en-charge-frais-possible", lineOf(file, "<prise-en-charge-frais-possible>")},
        {f + "action/session[1]/adresse-inscription", lineOf(file, "<adresse-inscription>")},
        {f + "action/restauration", lineOf(file, "<restauration>")},
        {f + "organisme-formation-responsable/coordonnees-organisme/coordonnees/fax", lineOf(file, "<fax>")},
        {f + "extras", lineOf(file, "<extras")},
    };
    EXPECT_EQ(reported, expected);
    std::vector<std::string> values;
    for (const Diagnostic& x : withKey(d, "lheo.unmapped"))
        if (x.field == f + "action/restauration") values.push_back(x.args.at("value"));
    EXPECT_EQ(values, std::vector<std::string>{"Cafétéria sur place"});
}

TEST(LheoImportTest, ReportsRepairsIdsAndSessionsLeftOut) {
    ScratchDir ws;
    Diagnostics d;
    const std::string file = fixture("offre-2.2.xml");
    importLheo(file, ws.path(), d);
    std::set<std::string> markup;
    for (const Diagnostic& x : withKey(d, "lheo.repair.markup")) markup.insert(x.field);
    EXPECT_EQ(markup, (std::set<std::string>{"lheo/offres/formation/intitule-formation",
                                             "lheo/offres/formation/objectif-formation"}));
    EXPECT_EQ(withKey(d, "lheo.repair.placeholder").size(), 2u);   // modalites-alternance, raison-sociale
    ASSERT_EQ(withKey(d, "lheo.course.id_sanitised").size(), 1u);
    EXPECT_EQ(withKey(d, "lheo.course.id_sanitised")[0].args.at("number"), "AB 12/é");
    const auto left = withKey(d, "lheo.session.date_unknown");
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0].field, "lheo/offres/formation/action/session[2]");
    EXPECT_EQ(left[0].line, lineOf(file, "<session numero=\"S2\">"));
    EXPECT_EQ(left[0].args.at("start"), "20250900");
    ASSERT_EQ(withKey(d, "lheo.organisation.legal_name_from_name").size(), 1u);
}

TEST(LheoImportTest, ReportsWhatTheWorkspaceStillNeeds) {
    ScratchDir ws;
    Diagnostics d;
    importLheo(fixture("offre-2.2.xml"), ws.path(), d);
    std::set<std::string> missing;
    for (const Diagnostic& x : withKey(d, "lheo.missing")) missing.insert(x.args.at("owner") + " " + x.args.at("field"));
    EXPECT_EQ(missing, (std::set<std::string>{"course[AB-12-e] audience", "course[AB-12-e] means",
                                              "course[AB-12-e] assessment", "course[AB-12-e] follow-up-means",
                                              "course[AB-12-e] access-deadline",
                                              "organisation contact[disability-referent]"}));
}

TEST(LheoImportTest, ReadsAFileWrittenInASingleByteEncoding) {
    ScratchDir ws;
    Diagnostics d;
    ASSERT_TRUE(importLheo(fixture("latin1.xml"), ws.path(), d).imported);
    EXPECT_EQ(argsOf(d, "lheo.repair.encoding", "encoding"), std::vector<std::string>{"iso-8859-1"});
    EXPECT_EQ(fr(coursesOf(ws).at(0).title), "Comptabilité générale");
    // No organisme in the offer, no organisation in the workspace.
    EXPECT_EQ(withKey(d, "lheo.organisation.none").size(), 1u);
    EXPECT_FALSE(std::filesystem::exists(ws.file("sessions.csv")));
}

TEST(LheoImportTest, ReadsHtmlWrittenAsMarkupRatherThanAsText) {
    ScratchDir scratch;
    writeAll(scratch.file("offre.xml"),
             "<lheo><offres><formation numero=\"F1\"><intitule-formation>F</intitule-formation>"
             "<objectif-formation><p>R&#233;diger un <b>courrier</b></p><p>Classer</p></objectif-formation>"
             "</formation></offres></lheo>");
    ScratchDir ws;
    Diagnostics d;
    ASSERT_TRUE(importLheo(scratch.file("offre.xml"), ws.path(), d).imported);
    const std::vector<Course> courses = coursesOf(ws);
    ASSERT_EQ(courses.size(), 1u);
    ASSERT_EQ(courses[0].objectives.size(), 2u);
    EXPECT_EQ(fr(courses[0].objectives[0]), "Rédiger un courrier");
    EXPECT_EQ(fr(courses[0].objectives[1]), "Classer");
    EXPECT_EQ(withKey(d, "lheo.repair.markup").size(), 1u);
    EXPECT_TRUE(withKey(d, "lheo.unmapped").empty());
}

TEST(LheoImportTest, RejectsWhatIsNotAnLheoFileAndWritesNothing) {
    ScratchDir scratch;
    const std::string target = scratch.file("ws");
    const std::pair<const char*, const char*> cases[] = {
        {"<catalogue><formation/></catalogue>", "lheo.root.unknown"},
        {"<lheo><offres></offres></lheo>", "lheo.offers.none"},
        {"<lheo><offres><formation></offres></lheo>", "diag.xml.malformed"},
    };
    for (const auto& [content, key] : cases) {
        writeAll(scratch.file("input.xml"), content);
        Diagnostics d;
        const ImportResult result = importLheo(scratch.file("input.xml"), target, d);
        EXPECT_FALSE(result.imported) << content;
        EXPECT_EQ(withKey(d, key).size(), 1u) << content;
        EXPECT_FALSE(std::filesystem::exists(target)) << content;
    }
    Diagnostics d;
    EXPECT_FALSE(importLheo(scratch.file("absent.xml"), target, d).imported);
    EXPECT_EQ(withKey(d, "diag.file.unreadable").size(), 1u);
}

TEST(LheoImportTest, ImportingTwiceGivesNewIdsAndReportsTheCollisions) {
    ScratchDir ws;
    Diagnostics first, second;
    ASSERT_TRUE(importLheo(fixture("offre-2.2.xml"), ws.path(), first).imported);
    const std::string organisation = readAll(ws.file("organisation.xml"));
    const ImportResult again = importLheo(fixture("offre-2.2.xml"), ws.path(), second);
    ASSERT_TRUE(again.imported);
    EXPECT_EQ(again.courseIds, std::vector<std::string>{"AB-12-e-2"});
    EXPECT_FALSE(again.organisationCreated);
    EXPECT_EQ(readAll(ws.file("organisation.xml")), organisation);

    const auto collisions = withKey(second, "lheo.course.id_collision");
    ASSERT_EQ(collisions.size(), 1u);
    EXPECT_EQ(collisions[0].args.at("id"), "AB-12-e");
    EXPECT_EQ(collisions[0].args.at("new_id"), "AB-12-e-2");
    EXPECT_EQ(argsOf(second, "lheo.session.id_collision", "new_id"), std::vector<std::string>{"S1-2"});
    // The workspace's organisation is the offer's: the organisme is not reported as not imported.
    EXPECT_TRUE(withKey(second, "lheo.organisation.differs").empty());
    for (const Diagnostic& x : withKey(second, "lheo.unmapped"))
        EXPECT_EQ(x.field.find("organisme-formation-responsable"), std::string::npos) << x.field;

    const std::vector<Course> courses = coursesOf(ws);
    ASSERT_EQ(courses.size(), 2u);
    EXPECT_EQ(courses[1].id, "AB-12-e-2");
    const std::vector<Session> sessions = sessionsOf(ws);
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[1].id, "S1-2");
    EXPECT_EQ(sessions[1].courseId, "AB-12-e-2");
    Diagnostics load;
    EXPECT_TRUE(readWorkspace(ws.path(), {}, load).has_value());
}

TEST(LheoImportTest, AddsToAnExistingWorkspaceKeepingItsContent) {
    ScratchDir ws(sample("fr-organisme"));
    const std::string organisation = readAll(ws.file("organisation.xml"));
    const std::string oldSessions = readAll(ws.file("sessions.csv"));
    const size_t oldCourses = coursesOf(ws).size();
    Diagnostics d;
    ASSERT_TRUE(importLheo(fixture("offre-2.2.xml"), ws.path(), d).imported);

    EXPECT_EQ(readAll(ws.file("organisation.xml")), organisation);
    const std::string courses = readAll(ws.file("courses.xml"));
    EXPECT_NE(courses.find("<!-- Catalogue Horizon Formation"), std::string::npos);   // comments kept
    EXPECT_EQ(coursesOf(ws).size(), oldCourses + 1);
    const std::string sessions = readAll(ws.file("sessions.csv"));
    EXPECT_EQ(sessions.compare(0, oldSessions.size(), oldSessions), 0);                 // rows appended
    EXPECT_EQ(sessionsOf(ws).back().id, "S1");

    Diagnostics load;
    EXPECT_TRUE(readWorkspace(ws.path(), {}, load).has_value());
    EXPECT_EQ(load.errorCount(), 0u);
}

TEST(LheoImportTest, AnOfferOfAnotherOrganisationIsReported) {
    ScratchDir ws(sample("fr-organisme"));
    ScratchDir scratch;
    std::string other = readAll(fixture("offre-2.2.xml"));
    other.replace(other.find("89317452400015"), 14, "30059912300183");
    writeAll(scratch.file("other.xml"), other);
    Diagnostics d;
    ASSERT_TRUE(importLheo(scratch.file("other.xml"), ws.path(), d).imported);
    const auto differs = withKey(d, "lheo.organisation.differs");
    ASSERT_EQ(differs.size(), 1u);
    EXPECT_EQ(differs[0].args.at("siret"), "30059912300183");
    EXPECT_EQ(differs[0].args.at("workspace_siret"), "89317452400015");
}

TEST(LheoImportTest, KeepsTheSeparatorAndLineEndsOfAnExistingSessionsFile) {
    ScratchDir ws;
    // Windows-1252, semicolons, CRLF, and no "place" column.
    writeAll(ws.file("sessions.csv"), "id;course;start;end\r\nOLD-1;X;2024-01-08;2024-01-09\r\n");
    Diagnostics d;
    ASSERT_TRUE(importLheo(fixture("offre-2.2.xml"), ws.path(), d).imported);
    EXPECT_EQ(readAll(ws.file("sessions.csv")),
              "id;course;start;end\r\nOLD-1;X;2024-01-08;2024-01-09\r\nS1;AB-12-e;2025-01-06;2025-03-28\r\n");
    EXPECT_EQ(argsOf(d, "lheo.sessions.column_missing", "column"), std::vector<std::string>{"place"});

    writeAll(ws.file("sessions.csv"), "id,course,start,end,place\nOLD-2,X,2024-01-08,2024-01-09,Caf\xE9\n");
    Diagnostics again;
    ASSERT_TRUE(importLheo(fixture("offre-2.2.xml"), ws.path(), again).imported);
    EXPECT_EQ(argsOf(again, "lheo.sessions.reencoded", "encoding"), std::vector<std::string>{"iso-8859-1"});
    const std::string rewritten = readAll(ws.file("sessions.csv"));
    const std::string kept = "id,course,start,end,place\nOLD-2,X,2024-01-08,2024-01-09,Café\n";
    EXPECT_EQ(rewritten.compare(0, kept.size(), kept), 0) << rewritten;
}

TEST(LheoImportTest, AnUnreadableCoursesFileStopsTheImport) {
    ScratchDir ws;
    writeAll(ws.file("courses.xml"), "<courses><course id=\"A\"></courses>");
    Diagnostics d;
    EXPECT_FALSE(importLheo(fixture("offre-2.2.xml"), ws.path(), d).imported);
    EXPECT_EQ(withKey(d, "lheo.merge.unreadable").size(), 1u);
    EXPECT_EQ(withKey(d, "diag.xml.malformed").size(), 1u);
    EXPECT_EQ(readAll(ws.file("courses.xml")), "<courses><course id=\"A\"></courses>");
    EXPECT_FALSE(std::filesystem::exists(ws.file("organisation.xml")));
    EXPECT_FALSE(std::filesystem::exists(ws.file("sessions.csv")));
}

}  // namespace
}  // namespace fd::lheo
