// The courses.xml writer of the import: what it writes from a model is what the documented format
// says, element for element, so that the readers read back exactly what was written.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <algorithm>
#include <map>

#include "lheo/courses_xml.h"
#include "lheo/organisation_xml.h"
#include "lheo_test_support.h"
#include "readers/courses_reader.h"
#include "readers/localized_text_reader.h"
#include "readers/organisation_reader.h"
#include "readers/xml_file.h"

namespace fd::lheo {
namespace {

using namespace fd::lheo::testing;

// Every element of an XML text in document order as "path [attributes] text", with the text's
// whitespace normalised as the readers do: equal lists mean the same content, whatever the layout.
std::vector<std::string> flatten(const std::string& xml) {
    pugi::xml_document document;
    EXPECT_TRUE(document.load_string(xml.c_str()));
    std::vector<std::string> out;
    struct Walker : pugi::xml_tree_walker {
        std::vector<std::string>* out;
        bool for_each(pugi::xml_node& node) override {
            if (node.type() != pugi::node_element) return true;
            std::string path;
            for (pugi::xml_node n = node; n && n.type() == pugi::node_element; n = n.parent())
                path = std::string(n.name()) + (path.empty() ? "" : "/" + path);
            std::map<std::string, std::string> attributes;
            for (pugi::xml_attribute a : node.attributes()) attributes[a.name()] = a.value();
            std::string line = path + " [";
            for (const auto& [name, value] : attributes) line += name + "=" + value + " ";
            line += "] " + readers::normalizeParagraphs(node.child_value());
            out->push_back(line);
            return true;
        }
    } walker;
    walker.out = &out;
    document.traverse(walker);
    return out;
}

std::vector<Course> readCoursesText(const std::string& xml, const std::string& mainLanguage, Diagnostics& d) {
    readers::XmlFile file("courses.xml");
    EXPECT_TRUE(file.parse(xml, d));
    return readers::readCourses(file, mainLanguage, d).value_or(std::vector<Course>{});
}

void expectSameCoursesFile(const std::string& workspace, const std::string& mainLanguage) {
    const std::string original = readAll(sample(workspace) + "/courses.xml");
    Diagnostics first;
    const std::vector<Course> courses = readCoursesText(original, mainLanguage, first);
    ASSERT_FALSE(courses.empty());
    const std::string written = coursesXml(courses, mainLanguage);
    EXPECT_EQ(flatten(written), flatten(original)) << written;
    Diagnostics second;
    EXPECT_EQ(readCoursesText(written, mainLanguage, second).size(), courses.size());
    EXPECT_EQ(second.items().size(), first.items().size());
}

TEST(LheoCoursesXmlTest, WritesTheFrenchSampleCatalogueElementForElement) { expectSameCoursesFile("fr-organisme", "fr"); }

TEST(LheoCoursesXmlTest, WritesThePortugueseSampleCatalogueElementForElement) {
    expectSameCoursesFile("pt-entidade", "pt");
}

TEST(LheoCoursesXmlTest, ChoosesTheFormOfEachTranslatableText) {
    Course c;
    c.id = "C";
    c.title.byLang["fr"] = "Titre";                        // the main language: plain
    c.audience.byLang["en"] = "Managers";                  // one other language: xml:lang
    c.methods.byLang = {{"fr", "Un\nDeux"}, {"en", "One"}};  // several: <text> children, main first
    c.noPrerequisites = true;
    c.accessDeadlineDays = 15;
    const std::string xml = coursesXml({c}, "fr");
    EXPECT_NE(xml.find("<title>Titre</title>"), std::string::npos);
    EXPECT_NE(xml.find("<audience xml:lang=\"en\">Managers</audience>"), std::string::npos);
    EXPECT_NE(xml.find("<text xml:lang=\"fr\">Un\n\nDeux</text>"), std::string::npos);
    EXPECT_LT(xml.find("xml:lang=\"fr\">Un"), xml.find("xml:lang=\"en\">One"));
    EXPECT_NE(xml.find("<prerequisites none=\"true\" />"), std::string::npos);
    EXPECT_NE(xml.find("<access-deadline days=\"15\" />"), std::string::npos);
    EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<courses>", 0), 0u);

    Diagnostics d;
    const std::vector<Course> back = readCoursesText(xml, "fr", d);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].methods.byLang, c.methods.byLang);
    EXPECT_EQ(back[0].audience.byLang, c.audience.byLang);
    EXPECT_TRUE(back[0].noPrerequisites);
    EXPECT_EQ(back[0].accessDeadlineDays, 15);
}

TEST(LheoCoursesXmlTest, AddingKeepsTheExistingFileAndRejectsAnotherRoot) {
    const std::string existing = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- note -->\n<courses>\n"
                                 "  <!-- first -->\n  <course id=\"A\" hours=\"7\"><title>A</title></course>\n</courses>\n";
    Course b;
    b.id = "B";
    b.title.byLang["fr"] = "B";
    const auto merged = coursesXmlWithAdded(existing, {b}, "fr");
    ASSERT_TRUE(merged);
    EXPECT_NE(merged->find("<!-- note -->"), std::string::npos);
    EXPECT_NE(merged->find("<!-- first -->"), std::string::npos);
    EXPECT_LT(merged->find("id=\"A\""), merged->find("id=\"B\""));
    EXPECT_FALSE(coursesXmlWithAdded("<organisation/>", {b}, "fr"));
    EXPECT_FALSE(coursesXmlWithAdded("<courses>", {b}, "fr"));
}

TEST(LheoOrganisationXmlTest, WritesWhatTheOrganisationHolds) {
    Organisation org;
    org.legalName = "Lycée Kerneuzec";
    org.address = {"Kerneuzec\nBâtiment B", "29391", "QUIMPERLÉ", "FR"};
    org.siret = "19290076900014";
    org.nda = "53290000029";
    org.administrativeContact = {"Jean Duport", {}, "jduport@example.fr", "04 12 34 56 78"};
    const std::string xml = organisationXml(org);
    readers::XmlFile file("organisation.xml");
    Diagnostics d;
    ASSERT_TRUE(file.parse(xml, d));
    const auto back = readers::readOrganisation(file, d);
    ASSERT_TRUE(back);
    EXPECT_TRUE(d.items().empty());
    EXPECT_EQ(back->legalName, org.legalName);
    EXPECT_EQ(back->address.street, org.address.street);
    EXPECT_EQ(back->address.city, org.address.city);
    EXPECT_EQ(back->siret, org.siret);
    EXPECT_EQ(back->nda, org.nda);
    EXPECT_EQ(back->administrativeContact.name, "Jean Duport");
    EXPECT_EQ(back->administrativeContact.phone, "04 12 34 56 78");
    EXPECT_EQ(xml.find("<trade-name"), std::string::npos);   // nothing is made up
    EXPECT_EQ(xml.find("<qualiopi"), std::string::npos);
}

}  // namespace
}  // namespace fd::lheo
