// The regulation and policy generators on the sample workspaces: what each jurisdiction's
// document states, the edition every language shares, and the policy documents.
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "generators/common/mentions.h"
#include "generators/policy/policy.h"
#include "generators/regulation/legal_document.h"
#include "generators/regulation/regulation.h"
#include "programme_test_support.h"
#include "readers/workspace_reader.h"

namespace fd::gen {
namespace {

using namespace programme_testing;

constexpr const char* kBuildDate = "2026-11-21";

Workspace sample(const std::string& name) {
    Diagnostics diagnostics;
    std::optional<Workspace> ws = readWorkspace(kSourceDir + "/samples/" + name, ReadOptions{}, diagnostics);
    if (!ws) throw std::runtime_error("sample workspace does not load: " + name);
    return *ws;
}

struct Generated {
    Edition edition;
    doc::Document document;
    Diagnostics warnings;
};

Generated regulation(const Workspace& ws, const std::string& lang) {
    const tmpl::Template t = loadRegulationTemplate(kSourceDir, ws, localizer(lang).messages());
    Generated out;
    out.edition = regulationEdition(ws, t, localizer(prevailingLanguage(ws.organisation)));
    out.document = generateRegulation(ws, localizer(lang), t, out.edition, out.warnings);
    return out;
}

// The numbers of the article headings, in order ("Article 7 – …" gives 7).
std::vector<int> articleNumbers(const doc::Document& document) {
    const std::regex label("^(?:Article|Artigo)\u00A0([0-9]+)");
    std::vector<int> numbers;
    forEachBlock(document.blocks, [&](const doc::Block& block) {
        std::smatch match;
        if (const auto* h = std::get_if<doc::Heading>(&block)) {
            const std::string text = plain(h->text);
            if (std::regex_search(text, match, label)) numbers.push_back(std::stoi(match[1]));
        }
    });
    return numbers;
}

std::vector<int> oneTo(int last) {
    std::vector<int> numbers;
    for (int n = 1; n <= last; ++n) numbers.push_back(n);
    return numbers;
}

bool has(const std::string& text, const std::string& phrase) { return text.find(phrase) != std::string::npos; }

TEST(RegulationGenerator, FrenchSampleHasContiguousArticlesDelegatesAndSignature) {
    PinnedBuildDate pinned(kBuildDate);
    const Workspace ws = sample("fr-organisme");
    const Generated fr = regulation(ws, "fr");
    const std::vector<int> numbers = articleNumbers(fr.document);
    ASSERT_FALSE(numbers.empty());
    EXPECT_EQ(numbers, oneTo(static_cast<int>(numbers.size())));

    const std::string text = allText(fr.document.blocks);
    // TP-SA (595 h) is the sample's only course over 500 hours.
    EXPECT_TRUE(has(text, "Élection des délégués des stagiaires")) << text;
    EXPECT_TRUE(has(text, "(595 heures)")) << text;
    EXPECT_TRUE(has(text, "Interdiction des sanctions pécuniaires"));
    EXPECT_TRUE(has(text, "Raison sociale | Horizon Formation Atlantique SARL"));
    EXPECT_FALSE(has(text, "Dispositions propres aux apprentis"));   // not a CFA

    bool signed_ = false;
    forEachBlock(fr.document.blocks, [&](const doc::Block& block) {
        if (const auto* s = std::get_if<doc::Signature>(&block)) {
            signed_ = s->name == "Sophie Le Guen" && plain(s->capacity) == "Gérante" &&
                      plain(s->placeDate) == "Fait à Nantes, le 1er septembre 2026";
        }
    });
    EXPECT_TRUE(signed_);
    EXPECT_EQ(fr.document.footer.left, "Version " + fr.edition.version);
    // The sample fixes its entry into force (<policies regulation-effective="2026-09-01">).
    EXPECT_EQ(fr.document.footer.center, "En vigueur depuis le 1er septembre 2026");
    EXPECT_EQ(fr.document.metadata.title, "Règlement intérieur applicable aux stagiaires");
    EXPECT_TRUE(fr.warnings.items().empty());
}

TEST(RegulationGenerator, ACfaGetsTheApprenticeArticleAndTitle) {
    PinnedBuildDate pinned(kBuildDate);
    Workspace ws = sample("fr-organisme");
    ws.organisation.policies.isCfa = true;
    const Generated fr = regulation(ws, "fr");
    const std::string text = allText(fr.document.blocks);
    EXPECT_TRUE(has(text, "Dispositions propres aux apprentis"));
    EXPECT_TRUE(has(text, "Règlement intérieur applicable aux stagiaires et aux apprentis"));
    EXPECT_EQ(articleNumbers(fr.document), oneTo(static_cast<int>(articleNumbers(fr.document).size())));
}

TEST(RegulationGenerator, EnglishIsAMarkedTranslationWithTheSameEdition) {
    PinnedBuildDate pinned(kBuildDate);
    const Workspace ws = sample("fr-organisme");
    const Generated fr = regulation(ws, "fr");
    const Generated en = regulation(ws, "en");
    EXPECT_EQ(en.edition.version, fr.edition.version);
    EXPECT_EQ(en.document.metadata.title, "Internal Rules for Trainees");
    EXPECT_TRUE(has(allText(en.document.blocks), "Translation – the French version prevails"));
    EXPECT_FALSE(has(allText(fr.document.blocks), "Translation"));
    EXPECT_EQ(articleNumbers(en.document), articleNumbers(fr.document));
}

TEST(RegulationGenerator, VersionFollowsTheWordingNotTheDate) {
    Workspace ws = sample("fr-organisme");
    ws.organisation.policies.regulationEffective = Date{};   // no chosen date: the build date
    std::string first, later;
    {
        PinnedBuildDate pinned(kBuildDate);
        first = regulation(ws, "fr").edition.version;
    }
    {
        PinnedBuildDate pinned("2027-03-01");
        const Generated again = regulation(ws, "fr");
        later = again.edition.version;
        EXPECT_EQ(again.edition.effectiveDate, date("2027-03-01"));
    }
    EXPECT_EQ(first, later);
    EXPECT_TRUE(std::regex_match(first, std::regex("[0-9A-F]{8}"))) << first;

    PinnedBuildDate pinned(kBuildDate);
    ws.organisation.policies.complaintResponseDays = 20;
    EXPECT_NE(regulation(ws, "fr").edition.version, first);
}

TEST(RegulationGenerator, ChosenEntryIntoForceDateWinsOverTheBuildDate) {
    PinnedBuildDate pinned("2027-03-01");
    Workspace ws = sample("fr-organisme");
    ws.organisation.policies.regulationEffective = date("2026-09-01");
    const Generated fr = regulation(ws, "fr");
    EXPECT_EQ(fr.edition.effectiveDate, date("2026-09-01"));
    EXPECT_EQ(fr.document.footer.center, "En vigueur depuis le 1er septembre 2026");
}

TEST(RegulationGenerator, PortugueseSampleStatesItsPoliciesAndAreas) {
    PinnedBuildDate pinned(kBuildDate);
    const Workspace ws = sample("pt-entidade");
    const Generated pt = regulation(ws, "pt");
    const std::vector<int> numbers = articleNumbers(pt.document);
    EXPECT_EQ(numbers, oneTo(static_cast<int>(numbers.size())));
    const std::string text = allText(pt.document.blocks);
    EXPECT_TRUE(has(text, "341 – Comércio")) << text;
    EXPECT_TRUE(has(text, "pelo menos 90\u00A0% da duração total"));
    EXPECT_TRUE(has(text, "no prazo de 15 dias após a sua receção"));
    EXPECT_TRUE(has(text, "Livro de Reclamações"));
    EXPECT_TRUE(has(text, "Horário de atendimento | Atendimento presencial e telefónico"));
    EXPECT_TRUE(has(text, "Artigo\u00A05.º – Contrato de formação"));
    EXPECT_EQ(pt.document.metadata.title, "Regulamento de Funcionamento da Formação");
}

TEST(RegulationGenerator, EveryPolicyRendersInEveryLanguageForBothSamples) {
    PinnedBuildDate pinned(kBuildDate);
    for (const char* name : {"fr-organisme", "pt-entidade"}) {
        const Workspace ws = sample(name);
        for (PolicyKind kind : policyKinds()) {
            const tmpl::Template t = loadPolicyTemplate(kSourceDir, ws, kind, localizer("en").messages());
            const Edition edition = policyEdition(ws, t, localizer(prevailingLanguage(ws.organisation)));
            for (const char* lang : {"fr", "pt", "en"}) {
                Diagnostics warnings;
                const doc::Document document = generatePolicy(ws, localizer(lang), t, edition, warnings);
                std::vector<std::string> numbered;
                forEachBlock(document.blocks, [&](const doc::Block& block) {
                    if (const auto* h = std::get_if<doc::Heading>(&block))
                        if (std::regex_search(plain(h->text), std::regex("^[0-9]+\\. "))) numbered.push_back(plain(h->text));
                });
                ASSERT_GE(numbered.size(), 5u) << name << ' ' << policyName(kind) << ' ' << lang;
                EXPECT_EQ(numbered.front().substr(0, 3), "1. ");
                EXPECT_NE(document.footer.left.find(edition.version), std::string::npos);
            }
        }
    }
}

TEST(RegulationGenerator, PoliciesFollowTheJurisdiction) {
    PinnedBuildDate pinned(kBuildDate);
    auto policyText = [](const Workspace& ws, PolicyKind kind) {
        const tmpl::Template t = loadPolicyTemplate(kSourceDir, ws, kind, localizer("en").messages());
        Diagnostics warnings;
        const Edition edition = policyEdition(ws, t, localizer(prevailingLanguage(ws.organisation)));
        return allText(generatePolicy(ws, localizer("en"), t, edition, warnings).blocks);
    };
    const Workspace fr = sample("fr-organisme");
    const Workspace pt = sample("pt-entidade");
    EXPECT_FALSE(has(policyText(fr, PolicyKind::Complaints), "Complaints Book"));
    EXPECT_TRUE(has(policyText(pt, PolicyKind::Complaints), "3. Complaints Book"));
    EXPECT_TRUE(has(policyText(pt, PolicyKind::Complaints), "see section\u00A03"));
    EXPECT_TRUE(has(policyText(fr, PolicyKind::Complaints), "within 10 days of receipt"));

    const std::string access = policyText(fr, PolicyKind::Accessibility);
    EXPECT_TRUE(has(access, "Disability referent | Yannick Morvan"));
    EXPECT_TRUE(has(access, "handicap@horizon-formation.fr"));
    EXPECT_TRUE(has(access, "Agefiph"));
    EXPECT_TRUE(has(policyText(pt, PolicyKind::Accessibility), "IEFP"));

    EXPECT_TRUE(has(policyText(fr, PolicyKind::DataProtection), "CNIL"));
    EXPECT_TRUE(has(policyText(pt, PolicyKind::DataProtection), "CNPD"));
    EXPECT_TRUE(has(policyText(pt, PolicyKind::DataProtection), "SIGO"));
}

TEST(RegulationGenerator, OrganisationsWithoutNamedContactsAreGivenTheGeneralAddress) {
    PinnedBuildDate pinned(kBuildDate);
    for (Workspace ws : {frenchWorkspace(), portugueseWorkspace()}) {
        Organisation& org = ws.organisation;
        org.disabilityReferent = org.pedagogicalContact = org.administrativeContact = org.dataProtectionContact = Contact{};
        const std::string prevailing = prevailingLanguage(org);
        std::string text = allText(regulation(ws, prevailing).document.blocks);
        for (PolicyKind kind : policyKinds()) {
            const tmpl::Template t = loadPolicyTemplate(kSourceDir, ws, kind, localizer("en").messages());
            Diagnostics warnings;
            text += allText(
                generatePolicy(ws, localizer(prevailing), t, policyEdition(ws, t, localizer(prevailing)), warnings).blocks);
        }
        for (const char* hole : {"()", "( ", " )", ", ,", ", )"}) EXPECT_FALSE(has(text, hole)) << hole << '\n' << text;
        EXPECT_TRUE(has(text, "(" + org.email)) << text;
    }
}

TEST(RegulationGenerator, FingerprintDependsOnTheTextOnly) {
    std::vector<doc::Block> blocks{doc::Paragraph{doc::plain("Un texte"), doc::Align::Justify, doc::TextStyle::Body}};
    const std::string first = textFingerprint(blocks);
    EXPECT_EQ(textFingerprint(blocks), first);
    std::get<doc::Paragraph>(blocks.front()).align = doc::Align::Left;
    EXPECT_EQ(textFingerprint(blocks), first);
    std::get<doc::Paragraph>(blocks.front()).text = doc::plain("Un autre texte");
    EXPECT_NE(textFingerprint(blocks), first);
}

}  // namespace
}  // namespace fd::gen
