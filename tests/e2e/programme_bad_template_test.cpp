// A workspace's own programme template is checked before anything is written: an unknown field
// or message key stops `formadoc programme` with exit code 2, naming the template file and line.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "e2e_support.h"

namespace fd::e2e {
namespace {
namespace fs = std::filesystem;

struct BrokenTemplate {
    std::string workspace;
    int line = 0;   // 1-based line of the broken reference
};

// A copy of the French sample whose templates/programme/fr.xml is the shipped one with `from`
// replaced by `to` (first occurrence).
BrokenTemplate workspaceWithTemplate(const std::string& from, const std::string& to) {
    BrokenTemplate broken;
    broken.workspace = makeTempDir("programme-template") + "/ws";
    fs::copy(sampleDir("fr-organisme"), broken.workspace, fs::copy_options::recursive);
    std::string xml = readFile(sourceDir() + "/templates/programme/fr.xml");
    const size_t at = xml.find(from);
    if (at == std::string::npos) {
        ADD_FAILURE() << from << " not in the shipped template";
        return broken;
    }
    xml.replace(at, from.size(), to);
    broken.line = 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    fs::create_directories(broken.workspace + "/templates/programme");
    std::ofstream(broken.workspace + "/templates/programme/fr.xml", std::ios::binary) << xml;
    return broken;
}

void expectRejected(const BrokenTemplate& broken, const std::string& what) {
    const std::string out = makeTempDir("programme-template-out") + "/out";
    const CommandResult r = runFormadoc({"programme", broken.workspace, "--out", out}, {"SOURCE_DATE_EPOCH=1795251600"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    const std::string location = "templates/programme/fr.xml:" + std::to_string(broken.line);
    EXPECT_NE(r.err.find(location), std::string::npos) << "expected " << location << " in:\n" << r.err;
    EXPECT_NE(r.err.find(what), std::string::npos) << "expected " << what << " in:\n" << r.err;
    EXPECT_TRUE(listFiles(out).empty()) << "nothing is written when the template is wrong";
}

TEST(ProgrammeTemplateE2E, UnknownFieldStopsWithFileAndLine) {
    expectRejected(workspaceWithTemplate("<field path=\"course.audience\"/>", "<field path=\"course.audiance\"/>"),
                   "audiance");
}

TEST(ProgrammeTemplateE2E, UnknownMessageKeyStopsWithFileAndLine) {
    expectRejected(workspaceWithTemplate("<msg key=\"programme.objectives.intro\"/>",
                                         "<msg key=\"programme.objectives.introduction\"/>"),
                   "programme.objectives.introduction");
}

}  // namespace
}  // namespace fd::e2e
