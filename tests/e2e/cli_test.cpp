// The command-line contract: exit codes, help, version, refusal of bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "e2e_support.h"

namespace fd::e2e {
namespace {

TEST(Cli, VersionAndHelpExitZero) {
    CommandResult version = runFormadoc({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_NE(version.out.find("formadoc "), std::string::npos);

    for (const char* sub : {"build", "programme", "catalogue", "certificates", "regulation", "indicators",
                            "check", "verify"}) {
        CommandResult help = runFormadoc({sub, "--help"});
        EXPECT_EQ(help.exitCode, 0) << sub;
        EXPECT_NE(help.out.find(sub), std::string::npos) << sub;
    }
}

TEST(Cli, HelpSpeaksTheUsersLanguage) {
    CommandResult fr = runFormadoc({"--help"}, {"FORMADOC_LANG=fr"});
    EXPECT_EQ(fr.exitCode, 0);
    EXPECT_NE(fr.out.find("documents réglementaires"), std::string::npos) << fr.out;
    CommandResult pt = runFormadoc({"--help"}, {"FORMADOC_LANG=pt"});
    EXPECT_NE(pt.out.find("documentos regulamentares"), std::string::npos) << pt.out;
}

TEST(Cli, BadUsageExitsTwo) {
    EXPECT_EQ(runFormadoc({}).exitCode, 2);
    EXPECT_EQ(runFormadoc({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(runFormadoc({"programme", sampleDir("fr-organisme")}).exitCode, 2);  // --out missing
    std::string out = makeTempDir("badlang") + "/out";
    EXPECT_EQ(runFormadoc({"programme", sampleDir("fr-organisme"), "--out", out, "--lang", "de"}).exitCode, 2);
    EXPECT_FALSE(exists(out));
}

TEST(Cli, WorkspaceThatDoesNotExistExitsTwo) {
    std::string out = makeTempDir("missing") + "/out";
    CommandResult r = runFormadoc({"build", "/nonexistent/workspace", "--out", out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(exists(out));
}

}  // namespace
}  // namespace fd::e2e
