// What the catalogue PDFs say, read back with pdftotext, and how they are made, checked with qpdf
// and pdffonts: edition date and validity (FR-CAT-02), the organisation's legal mentions, the
// results page with its period, calculation date and dated reference to the indicators document
// (FR-CAT-04, FR-RES-03/04), the accessibility section and its referent (FR-CAT-04), terms and the
// complaint channel (FR-CAT-03); and `formadoc build` writes the catalogue.
#include <gtest/gtest.h>

#include "catalogue_support.h"
#include "e2e_support.h"

namespace fd::e2e {
namespace {

using namespace catalogue;

std::string allText(const std::string& sample, const std::string& lang) {
    return normaliseSpaces(pdfText(cataloguePdf(sample, lang)));
}

void expectContains(const std::string& text, const std::string& needle) {
    EXPECT_NE(text.find(needle), std::string::npos) << "missing: " << needle;
}

TEST(CatalogueContent, FilesAreValidPdfsWithEmbeddedFonts) {
    for (const char* sample : {"fr-organisme", "pt-entidade"}) {
        for (const char* lang : {"fr", "pt", "en"}) {
            SCOPED_TRACE(std::string(sample) + " " + lang);
            const std::string pdf = cataloguePdf(sample, lang);
            const CommandResult check = runShell("qpdf --check " + shellQuote(pdf));
            EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
            const CommandResult fonts = runShell("pdffonts " + shellQuote(pdf));
            ASSERT_EQ(fonts.exitCode, 0);
            EXPECT_EQ(fonts.out.find(" no "), std::string::npos) << "a font is not embedded:\n" << fonts.out;
        }
    }
}

TEST(CatalogueContent, FrCat02FrenchCatalogueGivesEditionValidityAndMentions) {
    const std::string text = allText("fr-organisme", "fr");
    expectContains(text, "Catalogue des formations 2026");
    expectContains(text, "Édition du 15 septembre 2026");
    expectContains(text, "du 15 septembre 2026 au 31 décembre 2026");
    expectContains(text, "https://www.horizon-formation.fr");
    expectContains(text, "52 44 08712 44");     // FR-FMT-01: the NDA, only inside its sentence
    expectContains(text, "FR072315-1");         // FR-FMT-04: the Qualiopi certificate, while valid
    expectContains(text, "89317452400015");     // the identity block's SIRET
}

TEST(CatalogueContent, FrCat04ResultsPageIsDatedAndRefersToTheIndicatorsDocument) {
    const std::string text = allText("fr-organisme", "fr");
    expectContains(text, "Nos résultats");
    expectContains(text, "Période de référence : Année 2026");
    expectContains(text, "Calculé le 15 septembre 2026");
    expectContains(text, "indicators.fr.pdf, daté du 15 septembre 2026");
    const std::string english = allText("fr-organisme", "en");
    expectContains(english, "Reference period: Year 2026");
    expectContains(english, "indicators.en.pdf");
}

TEST(CatalogueContent, FrCat04AccessibilitySectionNamesTheReferent) {
    const std::string text = allText("fr-organisme", "fr");
    expectContains(text, "Accessibilité et handicap");
    expectContains(text, "Yannick Morvan");
    expectContains(text, "handicap@horizon-formation.fr");
    expectContains(allText("pt-entidade", "pt"), "inclusao@ribeiracompetencias.pt");
}

TEST(CatalogueContent, FrCat03TermsWithdrawalAndComplaintChannel) {
    const std::string text = allText("fr-organisme", "fr");
    expectContains(text, "Conditions générales");
    expectContains(text, "délai de rétractation de 10 jours");
    expectContains(text, "inscriptions@horizon-formation.fr");   // the administrative contact receives complaints
    expectContains(text, "sous 10 jours");                       // policies complaint-response-days
    expectContains(text, "TVA non applicable");                  // FR-FMT-05
}

TEST(CatalogueContent, PortugueseCatalogueFollowsPortugueseRules) {
    const std::string text = allText("pt-entidade", "pt");
    expectContains(text, "Catálogo de Formação 2026");
    expectContains(text, "4312/2019");                 // PT-FMT-01: the DGERT certification
    expectContains(text, "Livro de Reclamações");      // PT-REG-08
    expectContains(text, "no prazo de 15 dias");       // complaint-response-days of the sample
    expectContains(text, "514820934");                 // NIF in the identity block
    EXPECT_EQ(text.find("SIRET"), std::string::npos);
    EXPECT_EQ(text.find("Qualiopi"), std::string::npos);
}

TEST(CatalogueContent, EnglishCatalogueIsMarkedAsATranslation) {
    expectContains(allText("fr-organisme", "en"), "Translation – the French version prevails");   // EN-02
    expectContains(allText("fr-organisme", "en"), "Course Catalogue 2026");                       // EN-01
    expectContains(allText("pt-entidade", "en"), "Translation – the Portuguese version prevails");
    EXPECT_EQ(allText("fr-organisme", "fr").find("Translation –"), std::string::npos);
}

TEST(CatalogueContent, BuildWritesTheCatalogueWithTheOtherDocuments) {
    const std::string out = makeTempDir("catalogue-build");
    const CommandResult r =
        runFormadoc({"build", sampleDir("pt-entidade"), "--out", out, "--lang", "pt"}, {kCatalogueEpoch});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(exists(out + "/catalogue.pt.pdf"));
    EXPECT_TRUE(exists(out + "/catalogue.pt.xlsx"));
    EXPECT_EQ(r.err.find("not generated by this version"), std::string::npos) << r.err;
}

TEST(CatalogueContent, CommandWritesOnlyTheLanguagesAsked) {
    const std::string out = makeTempDir("catalogue-lang");
    const CommandResult r =
        runFormadoc({"catalogue", sampleDir("fr-organisme"), "--out", out, "--lang", "en"}, {kCatalogueEpoch});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(listFiles(out), (std::vector<std::string>{"catalogue.en.pdf", "catalogue.en.xlsx"}));
}

TEST(CatalogueContent, ABrokenWorkspaceWritesNothingAndExitsTwo) {
    const std::string workspace = makeTempDir("catalogue-broken"), out = makeTempDir("catalogue-broken-out");
    const CommandResult r = runFormadoc({"catalogue", workspace, "--out", out}, {kCatalogueEpoch});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(listFiles(out).empty());
}

}  // namespace
}  // namespace fd::e2e
