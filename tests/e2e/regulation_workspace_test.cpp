// `formadoc regulation` on modified copies of the French sample: the delegate election
// follows the courses (never a flag), a workspace's own template replaces the default one,
// a broken template stops the run before any file is written; `formadoc build` includes the
// regulation and the policies.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "e2e_support.h"
#include "regulation_support.h"

namespace fd::e2e {
namespace {

const std::vector<std::string> kEnv{"SOURCE_DATE_EPOCH=1795219200"};   // 2026-11-21

// The French regulation of `workspace` in `lang`, as comparable text.
std::string regulationText(const std::string& workspace, const std::string& lang) {
    const std::string out = makeTempDir("regulation-ws") + "/out";
    const CommandResult r = runFormadoc({"regulation", workspace, "--out", out, "--lang", lang}, kEnv);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return comparable(pdfText(out + "/regulation." + lang + ".pdf"));
}

bool hasArticle(const std::string& pdf, const std::string& lang, const std::string& headingKey) {
    return countMatches(pdf, articleHeadingPattern(lang, catalogueText("regulation", lang, headingKey))) > 0;
}

// The ids of the articles whose template condition is the delegate election.
std::vector<std::string> delegateHeadingKeys() {
    std::vector<std::string> keys;
    for (const TemplateArticle& a : templateArticles("regulation", "fr"))
        if (a.condition == "regulation.delegateElection") keys.push_back(a.headingKey);
    return keys;
}

// The French sample with TP-SA cut from 595 to exactly 500 hours (one module shortened so
// that the modules still add up), and without its sessions and trainees, whose attended hours
// would exceed the new total.
std::string sampleWithoutLongCourse() {
    const std::string ws = copySample("fr-organisme", "regulation-500h");
    std::string courses = readFile(ws + "/courses.xml");
    courses = replaceOnce(courses, "hours=\"595\"", "hours=\"500\"");
    courses = replaceOnce(courses, "<module hours=\"140\">", "<module hours=\"45\">");
    writeFile(ws + "/courses.xml", courses);
    std::filesystem::remove(ws + "/sessions.csv");
    std::filesystem::remove(ws + "/trainees.csv");
    return ws;
}

TEST(RegulationWorkspace, DelegateElectionAppearsExactlyWhenACourseExceedsFiveHundredHours) {
    const std::vector<std::string> keys = delegateHeadingKeys();
    ASSERT_EQ(keys.size(), 4u);   // election, ballot, term of office, role
    const std::string withLong = sampleDir("fr-organisme");
    const std::string without = sampleWithoutLongCourse();
    for (const char* lang : {"fr", "en"}) {
        const std::string longText = regulationText(withLong, lang);
        const std::string shortText = regulationText(without, lang);
        for (const std::string& key : keys) {
            EXPECT_TRUE(hasArticle(longText, lang, key)) << key << ' ' << lang;
            EXPECT_FALSE(hasArticle(shortText, lang, key)) << key << ' ' << lang;
        }
        // The articles after them move up: the last one is four numbers earlier.
        const std::string lastTitle = catalogueText("regulation", lang, "regulation.fr.in_force.heading");
        std::smatch longMatch, shortMatch;
        const std::regex last("Article ([0-9]+) – " + comparable(lastTitle));
        ASSERT_TRUE(std::regex_search(longText, longMatch, last));
        ASSERT_TRUE(std::regex_search(shortText, shortMatch, last));
        EXPECT_EQ(std::stoi(longMatch[1]) - std::stoi(shortMatch[1]), 4) << lang;
    }
}

TEST(RegulationWorkspace, WorkspaceTemplateWithoutAnArticleIsUsed) {
    const std::string ws = copySample("fr-organisme", "regulation-override");
    const std::string original = readFile(sourceDir() + "/templates/regulation/fr.xml");
    const std::regex noFines("<article id=\"no-fines\"[^>]*>[\\s\\S]*?</article>");
    ASSERT_TRUE(std::regex_search(original, noFines));
    writeFile(ws + "/templates/regulation/fr.xml", std::regex_replace(original, noFines, ""));

    const std::string customised = regulationText(ws, "fr");
    EXPECT_FALSE(hasArticle(customised, "fr", "regulation.fr.fines.heading"));
    EXPECT_TRUE(hasArticle(customised, "fr", "regulation.fr.grievances.heading"));
    EXPECT_TRUE(hasArticle(regulationText(sampleDir("fr-organisme"), "fr"), "fr", "regulation.fr.fines.heading"));
}

TEST(RegulationWorkspace, BrokenTemplateStopsBeforeWritingAnything) {
    const std::string ws = copySample("fr-organisme", "regulation-broken");
    const std::string original = readFile(sourceDir() + "/templates/regulation/fr.xml");
    writeFile(ws + "/templates/regulation/fr.xml", replaceOnce(original, "article=\"#grievances\"", "article=\"#nowhere\""));
    const std::string out = makeTempDir("regulation-broken") + "/out";
    const CommandResult r = runFormadoc({"regulation", ws, "--out", out}, kEnv);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("templates/regulation/fr.xml:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("#nowhere"), std::string::npos) << r.err;
    EXPECT_TRUE(!exists(out) || listFiles(out).empty());
}

TEST(RegulationWorkspace, BuildWritesTheRegulationAndThePolicies) {
    const std::string out = makeTempDir("regulation-build") + "/out";
    const CommandResult r = runFormadoc({"build", sampleDir("pt-entidade"), "--out", out, "--lang", "pt"}, kEnv);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    for (const char* file : {"regulation.pt.pdf", "policies/complaints.pt.pdf", "policies/accessibility.pt.pdf",
                             "policies/data-protection.pt.pdf"})
        EXPECT_TRUE(exists(out + "/" + file)) << file;
}

}  // namespace
}  // namespace fd::e2e
