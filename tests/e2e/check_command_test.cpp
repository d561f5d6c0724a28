// `formadoc check` on the samples and on copies with one gap: exit codes, the requirement ID,
// course, file and line named in the report, template overrides, bad usage.
#include <gtest/gtest.h>

#include "check_support.h"

namespace fd::e2e::check {
namespace {

std::vector<std::string> withLanguage(const std::string& lang) {
    std::vector<std::string> env = kCheckDay;
    env.push_back("FORMADOC_LANG=" + lang);
    return env;
}

TEST(CheckCommand, BothSamplesHaveNoMandatoryGap) {
    for (const char* sample : {"fr-organisme", "pt-entidade"}) {
        const CommandResult r = runFormadoc({"check", sampleDir(sample)}, kCheckDay);
        EXPECT_EQ(r.exitCode, 0) << sample << "\n" << r.out << r.err;
        EXPECT_NE(r.out.find("No mandatory item is missing."), std::string::npos) << r.out;
        EXPECT_NE(r.out.find("0 mandatory gaps, 0 conditional gaps"), std::string::npos) << r.out;
    }
}

TEST(CheckCommand, AMissingAccessibilityTextIsAMandatoryGapWithItsPlace) {
    const std::string ws = copySample("fr-organisme", "check-access");
    removeElement(ws + "/courses.xml", "<course id=\"EXCEL-TCD\"", "accessibility");
    const int courseLine = lineOf(ws + "/courses.xml", "<course id=\"EXCEL-TCD\"");

    const CommandResult r = runFormadoc({"check", ws}, kCheckDay);
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    const size_t group = r.out.find("Course EXCEL-TCD: ");
    ASSERT_NE(group, std::string::npos) << r.out;
    const std::string expected = "FR-PROG-13  mandatory  1, 26  Accessibility for disabled persons: missing "
                                 "(course[EXCEL-TCD].accessibility, courses.xml:" + std::to_string(courseLine) + ")";
    const size_t line = r.out.find(expected);
    EXPECT_NE(line, std::string::npos) << r.out;
    EXPECT_GT(line, group);
    EXPECT_NE(r.out.find("1 mandatory gap,"), std::string::npos) << r.out;
}

TEST(CheckCommand, TheReportSpeaksTheUsersLanguage) {
    const std::string ws = copySample("pt-entidade", "check-pt");
    removeElement(ws + "/courses.xml", "<course id=\"PY-AUT\"", "methods");
    const CommandResult pt = runFormadoc({"check", ws}, withLanguage("pt"));
    EXPECT_EQ(pt.exitCode, 1) << pt.out << pt.err;
    EXPECT_NE(pt.out.find("PT-PROG-08  obrigatório"), std::string::npos) << pt.out;
    EXPECT_NE(pt.out.find("Ação PY-AUT: "), std::string::npos) << pt.out;
    const CommandResult fr = runFormadoc({"check", ws}, withLanguage("fr"));
    EXPECT_NE(fr.out.find("PT-PROG-08  obligatoire"), std::string::npos) << fr.out;
    EXPECT_NE(fr.out.find("Formation PY-AUT\u202F: "), std::string::npos) << fr.out;
}

TEST(CheckCommand, AnOverrideTemplateWithoutPrerequisitesIsReportedByRequirement) {
    const std::string ws = copySample("fr-organisme", "check-template");
    const std::string shipped = readFile(sourceDir() + "/templates/programme/fr.xml");
    writeText(ws + "/templates/programme/fr.xml", shipped);
    ASSERT_GT(removeSectionsDeclaring(ws + "/templates/programme/fr.xml", "FR-PROG-03"), 0u);

    const CommandResult r = runFormadoc({"check", ws}, kCheckDay);
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    const size_t line = r.out.find("FR-PROG-03  mandatory");
    ASSERT_NE(line, std::string::npos) << r.out;
    const std::string rest = r.out.substr(line, r.out.find('\n', line) - line);
    EXPECT_NE(rest.find("(templates/programme/fr.xml)"), std::string::npos) << rest;
}

TEST(CheckCommand, TextReportCanGoToAFile) {
    const std::string out = makeTempDir("check-file") + "/reports/check.txt";
    const CommandResult r = runFormadoc({"check", sampleDir("pt-entidade"), "--out", out}, kCheckDay);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(readFile(out).find("No mandatory item is missing."), std::string::npos);
    EXPECT_NE(r.err.find(out), std::string::npos) << r.err;
}

TEST(CheckCommand, BadUsageAndBadInputExitTwo) {
    EXPECT_EQ(runFormadoc({"check", sampleDir("fr-organisme"), "--format", "xlsx"}, kCheckDay).exitCode, 2);
    EXPECT_EQ(runFormadoc({"check", sampleDir("fr-organisme"), "--format", "pdf"}, kCheckDay).exitCode, 2);
    EXPECT_EQ(runFormadoc({"check", "/nonexistent/workspace"}, kCheckDay).exitCode, 2);

    const std::string ws = copySample("fr-organisme", "check-broken");
    writeText(ws + "/courses.xml", "<courses><course id=\"X\"></courses>");
    const CommandResult r = runFormadoc({"check", ws}, kCheckDay);
    EXPECT_EQ(r.exitCode, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("courses.xml:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace fd::e2e::check
