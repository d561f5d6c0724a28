#include <gtest/gtest.h>

#include "readers/organisation_reader.h"
#include "readers_test_support.h"

namespace fd::readers {
namespace {

using fd::testing::fixturePath;
using fd::testing::summary;

std::optional<Organisation> readXml(const std::string& xml, Diagnostics& d) {
    XmlFile file("organisation.xml");
    if (!file.parse(xml, d)) return std::nullopt;
    return readOrganisation(file, d);
}

TEST(OrganisationReaderTest, ReadsTheFrenchFixture) {
    Diagnostics d;
    const auto org = readOrganisationFile(fixturePath("workspaces/fr-valid/organisation.xml"), "organisation.xml", d);
    ASSERT_TRUE(org);
    EXPECT_TRUE(d.items().empty()) << summary(d).front();
    EXPECT_EQ(org->jurisdiction, Jurisdiction::FR);
    EXPECT_EQ(org->legalName, "Formations Exemple SARL");
    EXPECT_EQ(org->address.street, "3 place Bellecour\nBâtiment B");
    EXPECT_EQ(org->address.postcode, "69002");
    EXPECT_EQ(org->siret, "123 456 782 00010");
    EXPECT_EQ(org->nda, "84691234569");
    EXPECT_EQ(org->ndaRegion, "Auvergne-Rhône-Alpes");
    EXPECT_EQ(org->vatNumber, "FR11123456782");
    ASSERT_TRUE(org->qualiopi);
    EXPECT_EQ(org->qualiopi->validUntil.iso(), "2027-02-28");
    EXPECT_EQ(org->qualiopi->categories, (std::vector<std::string>{"actions-formation"}));
    EXPECT_FALSE(org->dgert);
    EXPECT_EQ(org->vatRegime, VatRegime::ExemptTraining);
    EXPECT_EQ(org->legalRepresentative.name, "Claire Exemple");
    EXPECT_EQ(org->legalRepresentative.capacity.byLang.at("en"), "Managing director");
    EXPECT_EQ(org->disabilityReferent.name, "Malik Exemple");
    EXPECT_EQ(org->disabilityReferent.role.byLang.at(""), "Référent handicap");
    // No data-protection contact: the administrative one stands in.
    EXPECT_EQ(org->dataProtectionContact.email, "formation@formations-exemple.fr");
    EXPECT_EQ(org->languages, (std::vector<std::string>{"fr", "en"}));
    EXPECT_EQ(org->mainLanguage(), "fr");
    EXPECT_EQ(org->certificatePrefix, "FEX");
    EXPECT_EQ(org->policies.minAttendancePercent, 80);
    EXPECT_EQ(org->policies.complaintResponseDays, 15);   // documented default
    EXPECT_EQ(org->policies.refundPolicy.byLang.at(""), "Remboursement au prorata des heures non suivies.");
    EXPECT_EQ(org->loc.file, "organisation.xml");
    EXPECT_EQ(org->loc.line, 3);
    EXPECT_EQ(org->loc.lineOf("siret"), 17);
    EXPECT_EQ(org->loc.lineOf("postcode"), 10);
}

TEST(OrganisationReaderTest, ReadsThePortugueseFixture) {
    Diagnostics d;
    const auto org = readOrganisationFile(fixturePath("workspaces/pt-valid/organisation.xml"), "organisation.xml", d);
    ASSERT_TRUE(org);
    EXPECT_TRUE(d.items().empty());
    EXPECT_EQ(org->jurisdiction, Jurisdiction::PT);
    EXPECT_EQ(org->nif, "512 345 678");
    ASSERT_TRUE(org->dgert);
    EXPECT_EQ(org->dgert->areas, (std::vector<std::string>{"341", "345", "090"}));
    EXPECT_TRUE(org->dgert->validUntil.empty());
    EXPECT_EQ(org->vatRegime, VatRegime::ExemptArt9PT);
    EXPECT_EQ(org->mainLanguage(), "pt");
    EXPECT_EQ(org->loc.lineOf("dgert.area[3]"), 15);
}

TEST(OrganisationReaderTest, WithoutLanguagesTheJurisdictionGivesTheMainLanguage) {
    Diagnostics d;
    const auto org = readXml("<organisation jurisdiction=\"PT\"><legal-name>X</legal-name>"
                             "<legal-representative name=\"A\"><capacity>Gerente</capacity></legal-representative>"
                             "</organisation>",
                             d);
    ASSERT_TRUE(org);
    EXPECT_TRUE(org->languages.empty());
    EXPECT_EQ(org->mainLanguage(), "pt");
    EXPECT_TRUE(d.items().empty());
}

TEST(OrganisationReaderTest, ReportsEveryMalformedValue) {
    Diagnostics d;
    const auto org = readXml(R"(<organisation jurisdiction="ES">
  <languages>fr de fr</languages>
  <legal-representative name="A"><capacity xml:lang="en">Manager</capacity></legal-representative>
  <qualiopi valid-from="2024-13-01"><category>formation</category></qualiopi>
  <vat regime="exempt" rate="20.25"/>
  <contact kind="administrative" name="A"/>
  <contact kind="administrative" name="B"/>
  <contact kind="boss" name="C"/>
  <branding primary-colour="blue"/>
  <policies min-attendance="120" cfa="no"/>
  <colour/>
</organisation>)",
                             d);
    ASSERT_TRUE(org);
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "organisation.xml:1:diag.value.choice",         // jurisdiction ES
                              "organisation.xml:2:diag.language.unsupported",  // de
                              "organisation.xml:2:diag.language.duplicate",    // fr twice
                              "organisation.xml:11:diag.xml.unknown_element",  // <colour>
                              "organisation.xml:4:diag.value.date",
                              "organisation.xml:4:diag.value.choice",          // category
                              "organisation.xml:5:diag.value.choice",          // regime
                              "organisation.xml:5:diag.value.percent",
                              "organisation.xml:3:diag.text.missing_main",     // capacity only in English
                              "organisation.xml:7:diag.contact.duplicate",
                              "organisation.xml:8:diag.value.choice",          // kind boss
                              "organisation.xml:9:diag.value.colour",
                              "organisation.xml:10:diag.value.range",
                              "organisation.xml:10:diag.value.choice",         // cfa
                          }));
    EXPECT_EQ(org->languages, (std::vector<std::string>{"fr"}));
    EXPECT_EQ(org->administrativeContact.name, "B");
    EXPECT_EQ(org->primaryColour, "#1F4E79");   // the malformed colour leaves the default
    EXPECT_EQ(org->policies.minAttendancePercent, 90);
}

TEST(OrganisationReaderTest, MissingJurisdictionIsRequired) {
    Diagnostics d;
    ASSERT_TRUE(readXml("<organisation/>", d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:1:diag.required"}));
    EXPECT_EQ(d.items()[0].field, "jurisdiction");
}

TEST(OrganisationReaderTest, RefusesAnotherRootElement) {
    Diagnostics d;
    EXPECT_FALSE(readXml("<?xml version=\"1.0\"?>\n<courses/>", d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:2:diag.xml.root"}));
    EXPECT_EQ(d.items()[0].args.at("found"), "courses");
}

}  // namespace
}  // namespace fd::readers
