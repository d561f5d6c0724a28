// export-lheo: the sample catalogues as LHEO 2.2, and back through import-lheo.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "lheo/lheo_export.h"
#include "lheo/lheo_import.h"
#include "lheo_test_support.h"
#include "readers/courses_reader.h"
#include "readers/csv.h"
#include "readers/organisation_reader.h"
#include "readers/sessions_reader.h"
#include "readers/workspace_reader.h"
#include "util/atomic_file.h"

namespace fd::lheo {
namespace {

using namespace fd::lheo::testing;

Workspace sampleWorkspace(const std::string& name) {
    Diagnostics d;
    auto ws = readWorkspace(sample(name), {}, d);
    EXPECT_TRUE(ws.has_value()) << name;
    return ws.value_or(Workspace{});
}

size_t countElements(const pugi::xml_document& document, const char* xpath) {
    return document.select_nodes(xpath).size();
}

TEST(LheoExportTest, WritesTheCatalogueAsWellFormedLheo22) {
    const Workspace ws = sampleWorkspace("fr-organisme");
    Diagnostics d;
    ExportResult result;
    const std::string xml = lheoXml(ws, d, &result);
    pugi::xml_document document;
    ASSERT_TRUE(document.load_string(xml.c_str()));
    EXPECT_EQ(std::string(document.document_element().name()), "lheo");
    EXPECT_EQ(std::string(document.document_element().attribute("xmlns").value()), "http://www.lheo.org/2.2");
    EXPECT_EQ(result.courses, ws.courses.size());
    EXPECT_EQ(result.sessions, ws.sessions.size());
    EXPECT_EQ(countElements(document, "/lheo/offres/formation"), ws.courses.size());
    EXPECT_EQ(countElements(document, "/lheo/offres/formation/action/session/periode"), ws.sessions.size());
    EXPECT_EQ(countElements(document, "/lheo/offres/formation/organisme-formation-responsable/"
                                      "SIRET-organisme-formation/SIRET"),
              ws.courses.size());
    // LHEO 2.2 element order inside <formation>.
    const pugi::xml_node formation = document.select_node("/lheo/offres/formation").node();
    std::vector<std::string> order;
    for (pugi::xml_node child : formation.children()) order.push_back(child.name());
    const std::vector<std::string> expected = {"domaine-formation", "intitule-formation", "objectif-formation",
                                               "resultats-attendus", "contenu-formation", "certifiante",
                                               "contact-formation", "code-niveau-entree", "action",
                                               "organisme-formation-responsable"};
    EXPECT_EQ(order, expected);
}

TEST(LheoExportTest, IsDeterministicAndAtomic) {
    const Workspace ws = sampleWorkspace("fr-organisme");
    Diagnostics d1, d2;
    const std::string first = lheoXml(ws, d1);
    EXPECT_EQ(lheoXml(ws, d2), first);
    ScratchDir out;
    Diagnostics d3;
    const ExportResult result = exportLheo(ws, out.file("catalogue.xml"), d3);
    EXPECT_EQ(result.courses, ws.courses.size());
    EXPECT_EQ(readAll(out.file("catalogue.xml")), first);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out.path()), std::filesystem::directory_iterator()), 1);
    // Below a regular file no directory can be made: the error is the caller's to report.
    EXPECT_THROW(exportLheo(ws, out.file("catalogue.xml/offres.xml"), d3), fd::OutputError);
    EXPECT_EQ(readAll(out.file("catalogue.xml")), first);
}

TEST(LheoExportTest, ReportsWhatLheoRequiresAndTheWorkspaceLacks) {
    const Workspace ws = sampleWorkspace("fr-organisme");
    Diagnostics d;
    lheoXml(ws, d);
    std::map<std::string, size_t> perElement;
    for (const Diagnostic& x : withKey(d, "lheo.export.missing")) {
        ++perElement[x.args.at("element")];
        EXPECT_EQ(x.severity, Severity::Warning);
    }
    EXPECT_EQ(perElement["code-public-vise"], ws.courses.size());
    EXPECT_EQ(perElement["parcours-de-formation"], ws.courses.size());
    EXPECT_EQ(perElement.count("intitule-formation"), 0u);
    EXPECT_EQ(perElement.count("SIRET"), 0u);

    const Workspace pt = sampleWorkspace("pt-entidade");
    Diagnostics dpt;
    lheoXml(pt, dpt);
    EXPECT_EQ(argsOf(dpt, "lheo.export.missing", "element").size(),
              withKey(dpt, "lheo.export.missing").size());
    std::set<std::string> organisationGaps;
    for (const Diagnostic& x : withKey(dpt, "lheo.export.missing"))
        if (x.file == "organisation.xml") organisationGaps.insert(x.args.at("element"));
    EXPECT_EQ(organisationGaps, (std::set<std::string>{"SIRET", "numero-activite"}));   // a Portuguese entity
}

// The sample exported, then imported into an empty workspace: the key fields survive.
void expectRoundTrip(const std::string& name) {
    const Workspace ws = sampleWorkspace(name);
    const std::string lang = ws.organisation.mainLanguage();
    ScratchDir out, target;
    Diagnostics exported;
    exportLheo(ws, out.file("offres.xml"), exported);
    Diagnostics imported;
    const ImportResult result = importLheo(out.file("offres.xml"), target.path(), imported);
    ASSERT_TRUE(result.imported);
    EXPECT_FALSE(imported.hasErrors());
    EXPECT_TRUE(withKey(imported, "lheo.repair.markup").empty());
    EXPECT_TRUE(withKey(imported, "lheo.course.id_sanitised").empty());

    Diagnostics d;
    const auto courses = readers::readCoursesFile(target.file("courses.xml"), "courses.xml", "fr", d);
    ASSERT_TRUE(courses);
    ASSERT_EQ(courses->size(), ws.courses.size());
    for (size_t i = 0; i < courses->size(); ++i) {
        const Course& before = ws.courses[i];
        const Course& after = (*courses)[i];
        EXPECT_EQ(after.id, before.id);
        EXPECT_EQ(*after.title.get("fr", "fr"), *before.title.get(lang, lang)) << before.id;
        EXPECT_EQ(after.totalHours, before.totalHours) << before.id;
        EXPECT_EQ(after.lastUpdate, before.lastUpdate) << before.id;
        EXPECT_EQ(after.deliveryMode, before.deliveryMode == DeliveryMode::WorkBased ? DeliveryMode::Presential
                                                                                      : before.deliveryMode);
        EXPECT_EQ(after.certifying(), before.certifying()) << before.id;
        EXPECT_EQ(after.objectives.size(), before.objectives.size()) << before.id;
    }
    auto table = readers::parseCsv(readAll(target.file("sessions.csv")), "sessions.csv", {}, d);
    ASSERT_TRUE(table);
    const auto sessions = readers::readSessions(*table, d);
    ASSERT_TRUE(sessions);
    ASSERT_EQ(sessions->size(), ws.sessions.size());
    std::map<std::string, const Session*> byId;
    for (const Session& s : *sessions) byId[s.id] = &s;
    for (const Session& s : ws.sessions) {
        ASSERT_TRUE(byId.count(s.id)) << s.id;
        EXPECT_EQ(byId[s.id]->courseId, s.courseId);
        EXPECT_EQ(byId[s.id]->start, s.start);
        EXPECT_EQ(byId[s.id]->end, s.end);
    }
    const auto org = readers::readOrganisationFile(target.file("organisation.xml"), "organisation.xml", d);
    ASSERT_TRUE(org);
    EXPECT_EQ(org->legalName, ws.organisation.legalName);
    EXPECT_EQ(org->siret, ws.organisation.siret);
    EXPECT_EQ(org->address.postcode, ws.organisation.address.postcode);
    EXPECT_FALSE(d.hasErrors());
}

TEST(LheoExportTest, FrenchSampleRoundTripsThroughImport) { expectRoundTrip("fr-organisme"); }
TEST(LheoExportTest, PortugueseSampleRoundTripsThroughImport) { expectRoundTrip("pt-entidade"); }

}  // namespace
}  // namespace fd::lheo
