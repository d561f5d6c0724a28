// The programme generator on hand-built workspaces, with the shipped templates and catalogues:
// every mandatory requirement present, the legal mentions exactly when the law allows them,
// page furniture and metadata, fallback warnings.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/programme/programme.h"
#include "programme_test_support.h"

namespace fd::gen {
namespace {

using namespace programme_testing;

constexpr const char* kBuildDay = "2026-11-21";   // SOURCE_DATE_EPOCH of these tests

const char* const kMandatoryFrProg[] = {"FR-PROG-01", "FR-PROG-03", "FR-PROG-04", "FR-PROG-05", "FR-PROG-06",
                                        "FR-PROG-07", "FR-PROG-08", "FR-PROG-09", "FR-PROG-10", "FR-PROG-11",
                                        "FR-PROG-12", "FR-PROG-13", "FR-PROG-14", "FR-PROG-17", "FR-PROG-20",
                                        "FR-PROG-21"};
const char* const kMandatoryPtProg[] = {"PT-PROG-01", "PT-PROG-02", "PT-PROG-03", "PT-PROG-04", "PT-PROG-05",
                                        "PT-PROG-06", "PT-PROG-07", "PT-PROG-08", "PT-PROG-09", "PT-PROG-10"};

const std::string kNdaSentence =
    "Enregistré sous le numéro 84 69 12345 69 auprès du préfet de région Auvergne-Rhône-Alpes. "
    "Cet enregistrement ne vaut pas agrément de l’État.";

struct Generated {
    doc::Document document;
    Diagnostics warnings;
    std::string text;                       // every body text, see allText()
    std::vector<std::string> present;       // ids of the sections that produced content
    std::vector<tmpl::SectionInfo> sections;

    bool has(const std::string& fragment) const { return text.find(fragment) != std::string::npos; }
    bool hasSection(const std::string& id) const { return std::find(present.begin(), present.end(), id) != present.end(); }
    // True when some section requiring `id` is present in the document.
    bool covers(const std::string& id) const {
        return std::any_of(sections.begin(), sections.end(), [&](const tmpl::SectionInfo& s) {
            const auto& r = s.requirements;
            return std::find(r.begin(), r.end(), id) != r.end() && hasSection(s.id);
        });
    }
};

Generated generate(const Workspace& ws, const std::string& lang) {
    const PinnedBuildDate pinned(kBuildDay);
    const i18n::Localizer& l10n = localizer(lang);
    const tmpl::Template t = loadProgrammeTemplate(kSourceDir, ws, l10n.messages());
    const LatestCourseResults results = LatestCourseResults::compute(ws, date(kBuildDay));
    Generated g;
    g.document = generateProgramme(ws, ws.courses.front(), l10n, t, results, g.warnings);
    g.text = allText(g.document.blocks);
    Diagnostics ignored;   // the same warnings as g.warnings
    g.present = renderProgramme(ws, ws.courses.front(), l10n, t, results, ignored).sections;
    g.sections = t.sections();
    return g;
}

class FrenchProgramme : public ::testing::TestWithParam<std::string> {};

TEST_P(FrenchProgramme, EveryMandatoryRequirementHasItsSection) {
    const Generated g = generate(frenchWorkspace(), GetParam());
    for (const char* id : kMandatoryFrProg) EXPECT_TRUE(g.covers(id)) << id << '\n' << g.text;
}

TEST_P(FrenchProgramme, HoursInTheOutputLanguage) {
    const Generated g = generate(frenchWorkspace(), GetParam());
    const std::string expected = GetParam() == "fr" ? "21 heures" : GetParam() == "pt" ? "21 horas" : "21 hours";
    EXPECT_TRUE(g.has(expected)) << g.text;
    EXPECT_TRUE(g.has(GetParam() == "fr" ? "7 heures" : GetParam() == "pt" ? "7 horas" : "7 hours")) << g.text;
}

// EN-02, FR-FMT-09: every version but the French one is a translation, and says so first.
TEST_P(FrenchProgramme, TranslationNoticeUnlessFrench) {
    const Generated g = generate(frenchWorkspace(), GetParam());
    const std::map<std::string, std::string> notices = {{"fr", ""},
                                                        {"pt", "Tradução – prevalece a versão francesa"},
                                                        {"en", "Translation – the French version prevails"}};
    const std::string& expected = notices.at(GetParam());
    const auto* notice = std::get_if<std::shared_ptr<doc::Notice>>(&g.document.blocks.front());
    ASSERT_EQ(notice != nullptr, !expected.empty());
    if (notice) {
        EXPECT_EQ(plain(std::get<doc::Paragraph>((*notice)->blocks.at(0)).text), expected);
    }
    EXPECT_FALSE(g.has("Traduction")) << g.text;
}

TEST_P(FrenchProgramme, MetadataAndPageFurniture) {
    const Generated g = generate(frenchWorkspace(), GetParam());
    const doc::Document& d = g.document;
    EXPECT_EQ(d.metadata.author, "Atelier Compétences Rhône SARL");
    EXPECT_EQ(d.metadata.creator, "formadoc");
    EXPECT_EQ(d.metadata.created, date(kBuildDay).daysSinceEpoch() * 86400);
    EXPECT_EQ(d.metadata.language, i18n::bcp47(GetParam()));
    EXPECT_EQ(d.header.left, "Atelier Compétences");
    ASSERT_TRUE(d.footer.pageLabel);
    EXPECT_EQ(d.footer.pageLabel(2, 5), localizer(GetParam()).msg("doc.page_of", {{"page", int64_t{2}}, {"pages", int64_t{5}}}));
    EXPECT_NE(d.footer.left.find("MGT-ENT"), std::string::npos);
    EXPECT_NE(d.footer.left.find('4'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Languages, FrenchProgramme, ::testing::Values("fr", "pt", "en"));

TEST(Programme, FrenchLegalMentionsExactly) {
    const Generated g = generate(frenchWorkspace(), "fr");
    EXPECT_TRUE(g.has(kNdaSentence)) << g.text;
    EXPECT_TRUE(g.has("TVA non applicable – article 261-4-4° a du CGI")) << g.text;
    EXPECT_TRUE(g.has("Aucun prérequis"));
    EXPECT_TRUE(g.has("1\u202F290,00\u00A0€ net de taxe par personne")) << g.text;
}

TEST(Programme, FrenchFooterAndTitle) {
    const Generated g = generate(frenchWorkspace(), "fr");
    EXPECT_EQ(g.document.footer.center, "Mise à jour\u202F: 15 septembre 2026");
    EXPECT_EQ(g.document.footer.left, "Réf. MGT-ENT – version 4");
    EXPECT_EQ(g.document.footer.pageLabel(1, 3), "Page 1 sur 3");
    EXPECT_EQ(g.document.metadata.title, "Manager une équipe au quotidien");
    EXPECT_EQ(g.document.metadata.language, "fr-FR");
    EXPECT_TRUE(g.has("Programme de formation – version 4, mise à jour le 15 septembre 2026")) << g.text;
    EXPECT_TRUE(g.has("Indicateurs de résultats\u202F: voir indicators.fr.pdf, calculés le 21 novembre 2026.")) << g.text;
}

TEST(Programme, QualiopiMentionOnlyWhileValid) {
    const std::string category = "ACTIONS DE FORMATION";
    Workspace ws = frenchWorkspace();
    EXPECT_TRUE(generate(ws, "fr").has(category));
    EXPECT_TRUE(generate(ws, "fr").hasSection("organisation"));

    ws.organisation.qualiopi->validUntil = date("2026-11-20");   // expired the day before the build
    EXPECT_FALSE(generate(ws, "fr").has(category));
    ws.organisation.qualiopi->validUntil = date(kBuildDay);      // last valid day
    EXPECT_TRUE(generate(ws, "fr").has(category));
    ws.organisation.qualiopi->validFrom = date("2026-12-01");    // not yet valid
    ws.organisation.qualiopi->validUntil = date("2029-11-30");
    EXPECT_FALSE(generate(ws, "fr").has(category));
    ws.organisation.qualiopi.reset();
    EXPECT_FALSE(generate(ws, "fr").has(category));
}

TEST(Programme, EnglishKeepsIdentifiersAndStatesTheTranslation) {
    const Generated g = generate(frenchWorkspace(), "en");
    EXPECT_TRUE(g.has("36252187900034"));
    EXPECT_TRUE(g.has("84 69 12345 69"));
    EXPECT_TRUE(g.has("TRAINING ACTIONS"));
    EXPECT_EQ(g.document.metadata.language, "en-GB");
    const auto& notice = *std::get<std::shared_ptr<doc::Notice>>(g.document.blocks.front());
    EXPECT_EQ(plain(std::get<doc::Paragraph>(notice.blocks.at(0)).text), "Translation – the French version prevails");
}

TEST(Programme, CertifyingSectionOnlyForCertifyingCourses) {
    Workspace ws = frenchWorkspace();
    EXPECT_FALSE(generate(ws, "fr").hasSection("certification"));

    CertifyingData c;
    c.type = CertificationType::RNCP;
    c.code = "RNCP35635";
    c.title = text({{"fr", "Manager d’équipe"}, {"en", "Team manager"}, {"pt", "Gestor de equipa"}});
    c.certifier = "Ministère du Travail";
    c.registrationDate = date("2021-05-19");
    c.blocks = {CertificationBlock{"RNCP35635BC01", text({{"fr", "Piloter une équipe"}, {"en", "Lead a team"}, {"pt", "Liderar"}})}};
    ws.courses.front().certification = c;
    const Generated g = generate(ws, "fr");
    EXPECT_TRUE(g.hasSection("certification"));
    for (const char* id : {"FR-PROG-18", "FR-PROG-19"}) EXPECT_TRUE(g.covers(id)) << id;
    for (const char* fragment : {"RNCP35635", "Ministère du Travail", "19 mai 2021", "RNCP35635BC01",
                                 "Répertoire national des certifications professionnelles (RNCP)"})
        EXPECT_TRUE(g.has(fragment)) << fragment;
}

// FR-PROG-15: distance support is a row of the methods section, only for distance or blended courses.
TEST(Programme, DistanceRowOnlyForDistanceOrBlendedCourses) {
    Workspace ws = frenchWorkspace();
    const std::string row = "Formation à distance | Assistance technique par courriel sous 24 h";
    EXPECT_FALSE(generate(ws, "fr").has(row));
    for (DeliveryMode mode : {DeliveryMode::Distance, DeliveryMode::Blended}) {
        ws.courses.front().deliveryMode = mode;
        const Generated g = generate(ws, "fr");
        EXPECT_TRUE(g.covers("FR-PROG-15"));
        EXPECT_TRUE(g.has(row)) << g.text;
        EXPECT_FALSE(g.has("Tuteur désigné"));
    }
}

// FR-PROG-16: the AFEST details likewise, only for work-based courses.
TEST(Programme, AfestRowOnlyForWorkBasedCourses) {
    Workspace ws = frenchWorkspace();
    EXPECT_FALSE(generate(ws, "fr").has("Tuteur désigné, phases réflexives"));
    ws.courses.front().deliveryMode = DeliveryMode::WorkBased;
    const Generated g = generate(ws, "fr");
    EXPECT_TRUE(g.covers("FR-PROG-16"));
    EXPECT_TRUE(g.has("| Tuteur désigné, phases réflexives")) << g.text;
    EXPECT_TRUE(g.has("En situation de travail (AFEST)"));
}

TEST(Programme, PricesWithAndWithoutVat) {
    Workspace ws = frenchWorkspace();
    ws.organisation.vatRegime = VatRegime::Liable;
    ws.organisation.vatRatePermille = 200;
    Generated g = generate(ws, "fr");
    EXPECT_TRUE(g.has("1\u202F290,00\u00A0€ HT (1\u202F548,00\u00A0€ TTC) par personne")) << g.text;
    EXPECT_TRUE(g.has("TVA au taux de 20\u00A0%")) << g.text;

    ws.courses.front().prices.front().taxIncluded = true;
    ws.courses.front().prices.front().basis = PriceBasis::PerGroup;
    g = generate(ws, "en");
    EXPECT_TRUE(g.has("€1,290.00 incl. VAT (€1,075.00 excl. VAT) per group")) << g.text;

    ws.organisation.vatRegime = VatRegime::Franchise293B;
    EXPECT_TRUE(generate(ws, "fr").has("TVA non applicable, art. 293 B du CGI"));
}

TEST(Programme, ContactsIncludeTheDisabilityReferent) {
    const Generated g = generate(frenchWorkspace(), "fr");
    EXPECT_TRUE(g.has("Référent handicap | Malik Benhamou | handicap@atelier-competences.fr | +33 4 78 92 10 14 |")) << g.text;
    EXPECT_TRUE(g.has("Référent pédagogique | Sophie Garnier |")) << g.text;
}

TEST(Programme, OnlyUpcomingSessionsAreListed) {
    const Generated g = generate(frenchWorkspace(), "fr");
    EXPECT_TRUE(g.has("du 18 janvier 2027 au 20 janvier 2027 | Lyon 7e |")) << g.text;
    EXPECT_FALSE(g.has("Lyon 2e"));
}

TEST(Programme, MissingTranslationsFallBackWithOneWarningPerField) {
    // The course's title and audience have no Portuguese text; the title is used four times.
    const Generated g = generate(frenchWorkspace(), "pt");
    EXPECT_TRUE(g.has("Manager une équipe au quotidien"));
    EXPECT_EQ(g.document.metadata.title, "Manager une équipe au quotidien");
    std::set<std::string> fields;
    for (const Diagnostic& d : g.warnings.items()) {
        EXPECT_EQ(d.key, "diag.generation.untranslated");
        EXPECT_EQ(d.file, "courses.xml");
        EXPECT_EQ(d.line, 3);
        fields.insert(d.field);
    }
    EXPECT_EQ(g.warnings.items().size(), 2u);
    EXPECT_EQ(fields, (std::set<std::string>{"course[MGT-ENT].title", "course[MGT-ENT].audience"}));
    EXPECT_TRUE(generate(frenchWorkspace(), "fr").warnings.items().empty());
}

TEST(Programme, LogoFromTheWorkspaceWhenPresent) {
    ScratchDir dir;
    Workspace ws = frenchWorkspace();
    ws.root = dir.path();
    ws.organisation.logoFile = "logo.png";
    EXPECT_EQ(generate(ws, "fr").document.header.logoPath, "");
    const std::string logo = dir.write("logo.png", "\x89PNG");
    EXPECT_EQ(generate(ws, "fr").document.header.logoPath, logo);
}

TEST(Programme, PortugueseEntityCoversEveryMandatoryRequirement) {
    for (const char* lang : {"pt", "fr", "en"}) {
        const Generated g = generate(portugueseWorkspace(), lang);
        for (const char* id : kMandatoryPtProg) EXPECT_TRUE(g.covers(id)) << lang << ' ' << id << '\n' << g.text;
        EXPECT_FALSE(g.has("84 69 12345 69")) << lang;
    }
    const Generated g = generate(portugueseWorkspace(), "pt");
    EXPECT_TRUE(g.has("Isento de IVA nos termos do artigo 9.º, n.º 10 do CIVA")) << g.text;
    EXPECT_TRUE(g.has("341 – Comércio")) << g.text;
    EXPECT_TRUE(g.has("21 horas")) << g.text;
    EXPECT_TRUE(g.has("Entidade formadora certificada pela DGERT")) << g.text;
    EXPECT_TRUE(g.has("507104560"));
    EXPECT_EQ(g.document.metadata.language, "pt-PT");
    EXPECT_TRUE(g.warnings.items().empty());
}

TEST(Programme, DgertMentionOnlyWhileValidAndForACertifiedArea) {
    const std::string mention = "Entidade formadora certificada pela DGERT";
    Workspace ws = portugueseWorkspace();
    EXPECT_TRUE(generate(ws, "pt").has(mention));
    ws.courses.front().cnaef = "346";   // an area the entity is not certified for (PT-FMT-02)
    EXPECT_FALSE(generate(ws, "pt").has(mention));
    ws.courses.front().cnaef = "341";
    ws.organisation.dgert->validUntil = date("2026-06-30");
    EXPECT_FALSE(generate(ws, "pt").has(mention));
}

// EN-02, PT-FMT-03: a Portuguese entity's French and English versions are translations.
TEST(Programme, PortugueseEntityTranslationsSayPortuguesePrevails) {
    EXPECT_TRUE(generate(portugueseWorkspace(), "en").has("Translation – the Portuguese version prevails"));
    EXPECT_TRUE(generate(portugueseWorkspace(), "fr").has("Traduction – seule la version portugaise fait foi"));
    const Generated original = generate(portugueseWorkspace(), "pt");
    EXPECT_FALSE(std::holds_alternative<std::shared_ptr<doc::Notice>>(original.document.blocks.front()));
    EXPECT_FALSE(original.has("Tradução")) << original.text;
}

// FR-PROG-25, FR-FMT-08: the identity is one paragraph, with the RCS number derived from the SIRET.
TEST(Programme, CompactIdentityOfAFrenchOrganisation) {
    const Generated g = generate(frenchWorkspace(), "fr");
    EXPECT_TRUE(g.has("Atelier Compétences Rhône SARL\u00A0(Atelier Compétences)\u00A0– SARL au capital de 20 000 €"
                      "\u00A0– 12 rue de la République, 69002 Lyon\u00A0– SIRET 36252187900034\u00A0– RCS Lyon 362521879"
                      "\u00A0– +33 4 78 92 10 10\u00A0– contact@atelier-competences.fr\u00A0– https://www.atelier-competences.fr\n"))
        << g.text;
}

TEST(Programme, CompactIdentityOfAPortugueseEntity) {
    const Generated g = generate(portugueseWorkspace(), "pt");
    EXPECT_TRUE(g.has("NIF 507104560\u00A0– +33 4 78 92 10 10")) << g.text;
    EXPECT_FALSE(g.has("SIRET")) << g.text;
    EXPECT_FALSE(g.has("RCS")) << g.text;
}

TEST(ProgrammeFileName, CourseIdAndLanguage) {
    Course c;
    c.id = "MGT-ENT";
    EXPECT_EQ(programmeFileName(c, "fr"), "programmes/MGT-ENT.fr.pdf");
    EXPECT_EQ(programmeFileName(c, "en"), "programmes/MGT-ENT.en.pdf");
    for (const char* bad : {"", "..", "a/b", "a\\b"}) {
        c.id = bad;
        EXPECT_THROW(programmeFileName(c, "fr"), std::invalid_argument) << bad;
    }
}

}  // namespace
}  // namespace fd::gen
