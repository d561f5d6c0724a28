// `formadoc regulation` on the two sample workspaces: the files it writes, every mandatory
// requirement of the jurisdiction present as an article (found through the template's
// requirement IDs and the catalogue text of the article's heading), numbering, the edition
// shared by the three languages, the English translation notice and the policy documents.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "e2e_support.h"
#include "regulation_support.h"

namespace fd::e2e {
namespace {

const std::vector<std::string> kLanguages{"fr", "pt", "en"};
const std::vector<std::string> kPolicies{"complaints", "accessibility", "data-protection"};

// The pinned build date: every date the documents print comes from it.
const std::vector<std::string> kEnv{"SOURCE_DATE_EPOCH=1795219200"};   // 2026-11-21

// Runs `formadoc regulation` once per sample for the whole suite.
std::string generated(const std::string& sample) {
    static std::map<std::string, std::string> outputs;
    auto it = outputs.find(sample);
    if (it != outputs.end()) return it->second;
    const std::string out = makeTempDir("regulation-" + sample) + "/out";
    const CommandResult r = runFormadoc({"regulation", sampleDir(sample), "--out", out}, kEnv);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return outputs[sample] = out;
}

std::string text(const std::string& sample, const std::string& file) {
    return comparable(pdfText(generated(sample) + "/" + file));
}

// The requirement IDs the sample's regulation must cover (domain/requirements.md: the
// mandatory items, and the conditional ones whose case applies to the sample).
const std::vector<std::string> kFrenchSampleRequirements{
    "FR-RI-01", "FR-RI-02", "FR-RI-04", "FR-RI-05", "FR-RI-06", "FR-RI-07", "FR-RI-08", "FR-RI-09",
    "FR-RI-10", "FR-RI-11", "FR-RI-13", "FR-RI-14", "FR-RI-15", "FR-RI-21",
    // TP-SA lasts 595 hours: trainee delegates
    "FR-RI-16", "FR-RI-17", "FR-RI-18", "FR-RI-19", "FR-RI-20",
    // recommended
    "FR-RI-03", "FR-RI-22", "FR-RI-24"};
const std::vector<std::string> kPortugueseSampleRequirements{
    "PT-REG-01", "PT-REG-02", "PT-REG-03", "PT-REG-04", "PT-REG-05", "PT-REG-07", "PT-REG-08", "PT-REG-09",
    "PT-REG-10", "PT-REG-12",
    "PT-REG-06",   // its courses have prices
    "PT-REG-15",   // it runs distance and blended courses
    // recommended
    "PT-REG-11", "PT-REG-13", "PT-REG-14", "PT-REG-16"};

// For each requirement, some article of the template that declares it has its numbered
// heading in the PDF, in the body and in the table of contents.
void expectEveryRequirementHasItsArticle(const std::string& sample, const std::string& templateName,
                                         const std::vector<std::string>& requirements) {
    const std::vector<TemplateArticle> articles = templateArticles("regulation", templateName);
    ASSERT_FALSE(articles.empty());
    for (const std::string& lang : kLanguages) {
        const std::string pdf = text(sample, "regulation." + lang + ".pdf");
        for (const std::string& requirement : requirements) {
            std::vector<std::string> headings;
            for (const TemplateArticle& a : articles)
                for (const std::string& id : a.requirements)
                    if (id == requirement) headings.push_back(catalogueText("regulation", lang, a.headingKey));
            ASSERT_FALSE(headings.empty()) << requirement << " is declared by no article of " << templateName;
            bool found = false;
            for (const std::string& heading : headings)
                found = found || countMatches(pdf, articleHeadingPattern(lang, heading)) == 2;
            EXPECT_TRUE(found) << requirement << " (" << headings.front() << ") missing from regulation." << lang;
        }
    }
}

// The numbers of the article headings in the body (the table of contents repeats them).
std::vector<int> articleNumbers(const std::string& pdf, const std::string& lang) {
    // "Article {number} – {title}": the number between the label's own words, so that
    // references in running text ("see Article 7") do not count.
    const std::string label = comparable(catalogueText("regulation", lang, "regulation.article.label"));
    const size_t number = label.find("{number}"), title = label.find("{title}");
    const std::string before = label.substr(0, number);
    const std::string after = label.substr(number + std::string("{number}").size(), title - number - 8);
    const std::regex heading(std::regex_replace(before, std::regex(R"([.])"), R"(\.)") + "([0-9]+)" +
                             std::regex_replace(after, std::regex(R"([.])"), R"(\.)"));
    std::vector<int> numbers;
    for (std::sregex_iterator it(pdf.begin(), pdf.end(), heading), end; it != end; ++it)
        numbers.push_back(std::stoi((*it)[1]));
    return numbers;
}

TEST(RegulationDocuments, WritesTheRegulationAndThePoliciesInEveryLanguage) {
    std::vector<std::string> expected;
    for (const std::string& lang : kLanguages) {
        expected.push_back("regulation." + lang + ".pdf");
        for (const std::string& policy : kPolicies) expected.push_back("policies/" + policy + "." + lang + ".pdf");
    }
    std::sort(expected.begin(), expected.end());
    for (const char* sample : {"fr-organisme", "pt-entidade"}) {
        EXPECT_EQ(listFiles(generated(sample)), expected) << sample;
        for (const std::string& file : expected) {
            const CommandResult check = runShell("qpdf --check " + shellQuote(generated(sample) + "/" + file));
            EXPECT_EQ(check.exitCode, 0) << file << check.out;
        }
    }
}

TEST(RegulationDocuments, TwoRunsGiveIdenticalFiles) {
    const std::string again = makeTempDir("regulation-again") + "/out";
    ASSERT_EQ(runFormadoc({"regulation", sampleDir("fr-organisme"), "--out", again}, kEnv).exitCode, 0);
    for (const std::string& file : listFiles(generated("fr-organisme")))
        EXPECT_TRUE(readFile(again + "/" + file) == readFile(generated("fr-organisme") + "/" + file)) << file;
}

TEST(RegulationDocuments, FrenchSampleHasAnArticleForEveryApplicableRequirement) {
    expectEveryRequirementHasItsArticle("fr-organisme", "fr", kFrenchSampleRequirements);
}

TEST(RegulationDocuments, PortugueseSampleHasAnArticleForEveryApplicableRequirement) {
    expectEveryRequirementHasItsArticle("pt-entidade", "pt", kPortugueseSampleRequirements);
}

TEST(RegulationDocuments, ArticlesAreNumberedWithoutGapsInEveryLanguage) {
    for (const auto& [sample, name] : {std::pair<const char*, const char*>{"fr-organisme", "fr"}, {"pt-entidade", "pt"}}) {
        size_t articles = 0;
        for (const TemplateArticle& a : templateArticles("regulation", name)) articles += a.condition.empty() ? 1 : 0;
        for (const std::string& lang : kLanguages) {
            const std::vector<int> numbers = articleNumbers(text(sample, "regulation." + lang + ".pdf"), lang);
            // Contents first, then the body: 1..N twice.
            ASSERT_EQ(numbers.size() % 2, 0u) << sample << ' ' << lang;
            const size_t count = numbers.size() / 2;
            EXPECT_GE(count, articles) << sample << ' ' << lang;
            for (size_t i = 0; i < numbers.size(); ++i)
                EXPECT_EQ(numbers[i], static_cast<int>(i % count) + 1) << sample << ' ' << lang;
        }
    }
}

TEST(RegulationDocuments, CrossReferencesCarryTheTargetsNumber) {
    // Article "sanction-scale" of the French template refers to "grievances": in the sample
    // both are always present, so the sentence names the number of the grievances article.
    const std::string pdf = text("fr-organisme", "regulation.fr.pdf");
    std::smatch heading;
    const std::string title = comparable(catalogueText("regulation", "fr", "regulation.fr.grievances.heading"));
    ASSERT_TRUE(std::regex_search(pdf, heading, std::regex("Article ([0-9]+) – " + title)));
    EXPECT_NE(pdf.find("prévue à l’article " + heading[1].str() + " et aux articles suivants"), std::string::npos);
}

TEST(RegulationDocuments, EveryLanguageCarriesTheSameEdition) {
    for (const char* sample : {"fr-organisme", "pt-entidade"}) {
        std::set<std::string> versions;
        for (const std::string& lang : kLanguages) {
            std::smatch version;
            const std::string pdf = text(sample, "regulation." + lang + ".pdf");
            ASSERT_TRUE(std::regex_search(pdf, version, std::regex("Vers(?:ion|ão) ([0-9A-F]{8})"))) << pdf;
            versions.insert(version[1]);
        }
        EXPECT_EQ(versions.size(), 1u) << sample;
    }
    EXPECT_NE(text("fr-organisme", "regulation.fr.pdf").find("En vigueur depuis le 1er septembre 2026"), std::string::npos);
    EXPECT_NE(text("pt-entidade", "regulation.pt.pdf").find("Em vigor desde 1 de julho de 2026"), std::string::npos);
}

TEST(RegulationDocuments, EnglishIsATranslationWithTheTitlesOfEn01) {
    const std::string fr = text("fr-organisme", "regulation.en.pdf");
    EXPECT_NE(fr.find("Translation – the French version prevails"), std::string::npos);
    EXPECT_NE(fr.find("Internal Rules for Trainees"), std::string::npos);
    const std::string pt = text("pt-entidade", "regulation.en.pdf");
    EXPECT_NE(pt.find("Translation – the Portuguese version prevails"), std::string::npos);
    EXPECT_NE(pt.find("Training Operating Regulations"), std::string::npos);
    EXPECT_EQ(text("fr-organisme", "regulation.fr.pdf").find("Translation"), std::string::npos);
}

TEST(RegulationDocuments, OrganisationFactsComeFromTheWorkspace) {
    const std::string fr = text("fr-organisme", "regulation.fr.pdf");
    EXPECT_NE(fr.find("Horizon Formation Atlantique SARL"), std::string::npos);
    EXPECT_NE(fr.find("Yannick Morvan"), std::string::npos);        // disability referent
    EXPECT_NE(fr.find("répondre sous 10 jours"), std::string::npos);   // complaint-response-days="10"
    EXPECT_NE(fr.find("Sophie Le Guen"), std::string::npos);        // signature of the legal representative
    EXPECT_NE(fr.find("Page 1 sur "), std::string::npos);

    const std::string pt = text("pt-entidade", "regulation.pt.pdf");
    EXPECT_NE(pt.find("pelo menos 90 % da duração total"), std::string::npos);   // min-attendance="90"
    EXPECT_NE(pt.find("no prazo de 15 dias"), std::string::npos);                 // complaint-response-days="15"
    EXPECT_NE(pt.find("das 9h00 às 13h00"), std::string::npos);                    // opening hours
    EXPECT_NE(pt.find("482 – Informática na ótica do utilizador"), std::string::npos);   // DGERT area, by name
    EXPECT_NE(pt.find("Livro de Reclamações"), std::string::npos);
    EXPECT_NE(pt.find("www.livroreclamacoes.pt"), std::string::npos);
}

TEST(RegulationDocuments, PoliciesNameTheirContactsAndFollowTheJurisdiction) {
    const std::string access = text("fr-organisme", "policies/accessibility.fr.pdf");
    EXPECT_NE(access.find("Yannick Morvan"), std::string::npos);
    EXPECT_NE(access.find("handicap@horizon-formation.fr"), std::string::npos);
    EXPECT_NE(access.find("+33 2 40 35 72 14"), std::string::npos);

    const std::string complaintsPt = text("pt-entidade", "policies/complaints.pt.pdf");
    EXPECT_NE(complaintsPt.find("Livro de Reclamações"), std::string::npos);
    EXPECT_NE(complaintsPt.find("no prazo de 15 dias"), std::string::npos);
    EXPECT_EQ(text("fr-organisme", "policies/complaints.fr.pdf").find("Livro"), std::string::npos);

    EXPECT_NE(text("fr-organisme", "policies/data-protection.fr.pdf").find("CNIL"), std::string::npos);
    EXPECT_NE(text("pt-entidade", "policies/data-protection.pt.pdf").find("CNPD"), std::string::npos);
    EXPECT_NE(text("pt-entidade", "policies/data-protection.en.pdf").find("Translation – the Portuguese version prevails"),
              std::string::npos);
}

}  // namespace
}  // namespace fd::e2e
