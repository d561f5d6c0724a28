// The pieces of generators/common every document kind reuses: legal mentions, identity block,
// prices with and without VAT, links, page furniture.
#include <functional>
#include <string>

#include <gtest/gtest.h>

#include "generators/common/file_names.h"
#include "generators/common/furniture.h"
#include "generators/common/identity.h"
#include "generators/common/links.h"
#include "generators/common/mentions.h"
#include "generators/common/prices.h"
#include "programme_test_support.h"

namespace fd::gen {
namespace {

using namespace programme_testing;

TEST(CommonMentions, NdaIsGroupedAsPrefecturesPrintIt) {
    EXPECT_EQ(groupNda("84691234569"), "84 69 12345 69");
    EXPECT_EQ(groupNda("84 69 12345 69"), "84 69 12345 69");
    EXPECT_EQ(groupNda("8469"), "8469");
}

TEST(CommonMentions, NdaSentenceWithAndWithoutRegion) {
    Organisation org = frenchWorkspace().organisation;
    EXPECT_EQ(ndaMention(org, localizer("fr")),
              "Enregistré sous le numéro 84 69 12345 69 auprès du préfet de région Auvergne-Rhône-Alpes. "
              "Cet enregistrement ne vaut pas agrément de l’État.");
    org.ndaRegion.clear();
    EXPECT_EQ(ndaMention(org, localizer("fr")),
              "Enregistré sous le numéro 84 69 12345 69. Cet enregistrement ne vaut pas agrément de l’État.");
    org.nda.clear();
    EXPECT_EQ(ndaMention(org, localizer("fr")), "");
    EXPECT_EQ(ndaMention(portugueseWorkspace().organisation, localizer("pt")), "");
}

TEST(CommonMentions, VatPerRegime) {
    Organisation org = frenchWorkspace().organisation;
    EXPECT_EQ(vatMention(org, localizer("fr")), "TVA non applicable – article 261-4-4° a du CGI");
    org.vatRegime = VatRegime::Franchise293B;
    EXPECT_EQ(vatMention(org, localizer("fr")), "TVA non applicable, art. 293 B du CGI");
    org.vatRegime = VatRegime::ExemptArt9PT;
    EXPECT_EQ(vatMention(org, localizer("pt")), "Isento de IVA nos termos do artigo 9.º, n.º 10 do CIVA");
    org.vatRegime = VatRegime::Liable;
    org.vatRatePermille = 55;
    EXPECT_EQ(vatMention(org, localizer("en")), "VAT at 5.5%");
}

TEST(CommonMentions, QualiopiNamesEveryCertifiedCategory) {
    Organisation org = frenchWorkspace().organisation;
    org.qualiopi->categories = {"actions-formation", "bilans-competences"};
    const std::string mention = qualiopiMention(org, localizer("fr"), date("2026-11-21"));
    EXPECT_EQ(mention,
              "La certification qualité a été délivrée au titre de la ou des catégories d’actions suivantes\u202F: "
              "ACTIONS DE FORMATION, BILANS DE COMPÉTENCES (certificat n°\u00A0QUA-2024-0187 délivré par AFNOR Certification)");
    EXPECT_EQ(qualiopiMention(org, localizer("fr"), date("2027-03-01")), "");
}

// EN-02, FR-FMT-09, PT-FMT-03: any language but the jurisdiction's is a translation.
TEST(CommonMentions, TranslationNoticeNamesThePrevailingLanguage) {
    const Organisation french = frenchWorkspace().organisation, portuguese = portugueseWorkspace().organisation;
    EXPECT_EQ(translationNotice(french, localizer("en")), "Translation – the French version prevails");
    EXPECT_EQ(translationNotice(french, localizer("pt")), "Tradução – prevalece a versão francesa");
    EXPECT_EQ(translationNotice(french, localizer("fr")), "");
    EXPECT_EQ(translationNotice(portuguese, localizer("en")), "Translation – the Portuguese version prevails");
    EXPECT_EQ(translationNotice(portuguese, localizer("fr")), "Traduction – seule la version portugaise fait foi");
    EXPECT_EQ(translationNotice(portuguese, localizer("pt")), "");
    EXPECT_TRUE(isTranslation(french, "pt"));
    EXPECT_FALSE(isTranslation(portuguese, "pt"));
}

TEST(CommonIdentity, FrenchOrganisation) {
    const doc::KeyValueTable table = identityBlock(frenchWorkspace().organisation, localizer("fr"));
    std::string rows;
    for (const auto& [key, value] : table.rows) rows += plain(key) + '=' + plain(value) + '\n';
    EXPECT_NE(rows.find("Raison sociale=Atelier Compétences Rhône SARL\n"), std::string::npos) << rows;
    EXPECT_NE(rows.find("Adresse=12 rue de la République, 69002 Lyon\n"), std::string::npos) << rows;
    EXPECT_NE(rows.find("SIRET=36252187900034\n"), std::string::npos) << rows;
    EXPECT_NE(rows.find("Immatriculation=RCS Lyon 362521879\n"), std::string::npos) << rows;
    // FR-FMT-01: the NDA appears only inside its sentence, never as a bare number.
    EXPECT_EQ(rows.find("84691234569"), std::string::npos);
    EXPECT_EQ(rows.find("NIF"), std::string::npos);
    const auto& website = table.rows.back().second;   // contact details come last, as links
    ASSERT_FALSE(website.empty());
    EXPECT_EQ(website.front().link, "https://www.atelier-competences.fr");
}

TEST(CommonIdentity, PortugueseEntity) {
    const doc::KeyValueTable table = identityBlock(portugueseWorkspace().organisation, localizer("pt"));
    std::string rows;
    for (const auto& [key, value] : table.rows) rows += plain(key) + '=' + plain(value) + '\n';
    EXPECT_NE(rows.find("NIF=507104560\n"), std::string::npos) << rows;
    EXPECT_NE(rows.find("Morada=Rua Augusta 100, 1100-053 Lisboa\n"), std::string::npos) << rows;
    EXPECT_EQ(rows.find("SIRET"), std::string::npos) << rows;
}

TEST(CommonIdentity, AddressLines) {
    EXPECT_EQ(addressLine(Address{"Bâtiment B\n12 rue de la Paix", "75002", "Paris", "FR"}),
              "Bâtiment B, 12 rue de la Paix, 75002 Paris");
    EXPECT_EQ(addressLine(Address{"", "", "Lyon", "FR"}), "Lyon");
}

TEST(CommonPrices, AmountsFollowTheVatRegime) {
    Organisation org = frenchWorkspace().organisation;
    Price price;
    price.amount = 129000;
    EXPECT_EQ(priceAmounts(price, org).includingTax, 129000);   // exempt: net
    org.vatRegime = VatRegime::Liable;
    org.vatRatePermille = 200;
    EXPECT_EQ(priceAmounts(price, org).includingTax, 154800);
    price.taxIncluded = true;
    price.amount = 100;                                          // 0.8333… € excl. VAT
    EXPECT_EQ(priceAmounts(price, org).excludingTax, 83);
    EXPECT_EQ(priceAmounts(price, org).includingTax, 100);
    price.amount = 99;                                           // 82.5 cents: half away from zero
    EXPECT_EQ(priceAmounts(price, org).excludingTax, 83);
}

TEST(CommonLinks, Targets) {
    EXPECT_EQ(linkTarget("a@b.fr", LinkScheme::Email), "mailto:a@b.fr");
    EXPECT_EQ(linkTarget("+33 4 78 92 10 14", LinkScheme::Phone), "tel:+33478921014");
    EXPECT_EQ(linkTarget("www.example.org", LinkScheme::Web), "https://www.example.org");
    EXPECT_EQ(linkTarget("http://example.org", LinkScheme::Web), "http://example.org");
}

TEST(CommonFurniture, ColoursAndFileNames) {
    EXPECT_EQ(parseColour("#1F4E79", 0), 0x1F4E79u);
    EXPECT_EQ(parseColour("#1f4e7", 7), 7u);
    EXPECT_EQ(parseColour("1F4E79", 7), 7u);
    EXPECT_EQ(parseColour("#1G4E79", 7), 7u);
    EXPECT_EQ(indicatorsFileName("pt"), "indicators.pt.pdf");
    EXPECT_THROW(checkFileNamePart("../x"), std::invalid_argument);
}

TEST(CommonFurniture, PageLabelOutlivesItsLocalizer) {
    std::function<std::string(int, int)> label;
    {
        const i18n::Localizer shortLived(kLocales, "pt");
        label = pageLabel(shortLived.messages(), "doc.page_of");
    }
    EXPECT_EQ(label(3, 4), localizer("pt").msg("doc.page_of", {{"page", int64_t{3}}, {"pages", int64_t{4}}}));
    EXPECT_FALSE(pageLabel(localizer("pt").messages(), ""));
}

}  // namespace
}  // namespace fd::gen
