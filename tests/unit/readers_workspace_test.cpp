#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "readers/workspace_reader.h"
#include "readers_test_support.h"

namespace fd {
namespace {

using fd::testing::fixturePath;
using fd::testing::summary;

std::string workspace(const std::string& name) { return fixturePath("workspaces/" + name); }

// A scratch copy of a fixture workspace, removed at scope exit.
class ScratchWorkspace {
public:
    explicit ScratchWorkspace(const std::string& fixture) {
        std::string pattern = (std::filesystem::temp_directory_path() / "formadoc-readers-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir_ = pattern;
        if (!fixture.empty()) std::filesystem::copy(workspace(fixture), dir_);
    }
    ~ScratchWorkspace() {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    std::string path() const { return dir_.string(); }
    std::filesystem::path file(const std::string& name) const { return dir_ / name; }

private:
    std::filesystem::path dir_;
};

TEST(WorkspaceReaderTest, ReadsTheFrenchFixtureWithoutAnyDiagnostic) {
    Diagnostics d;
    const auto ws = readWorkspace(workspace("fr-valid"), {}, d);
    ASSERT_TRUE(ws) << ::testing::PrintToString(summary(d));
    EXPECT_TRUE(d.items().empty()) << ::testing::PrintToString(summary(d));
    EXPECT_EQ(ws->root, workspace("fr-valid"));
    EXPECT_EQ(ws->courses.size(), 1u);
    ASSERT_EQ(ws->sessions.size(), 1u);
    EXPECT_EQ(ws->sessions[0].trainers, (std::vector<std::string>{"Anne Martin", "Paul Durand"}));
    ASSERT_EQ(ws->trainees.size(), 2u);
    EXPECT_EQ(ws->trainees[1].familyName, "Martin, dit \"Le Grand\"");
    EXPECT_EQ(ws->findSession("S1")->courseId, "MGT-01");
}

TEST(WorkspaceReaderTest, ReadsThePortugueseFixtureWithASingleByteCsv) {
    Diagnostics d;
    const auto ws = readWorkspace(workspace("pt-valid"), {}, d);
    ASSERT_TRUE(ws) << ::testing::PrintToString(summary(d));
    EXPECT_TRUE(d.items().empty()) << ::testing::PrintToString(summary(d));
    ASSERT_EQ(ws->trainees.size(), 2u);
    EXPECT_EQ(ws->trainees[0].familyName, "Conceição");
    EXPECT_EQ(ws->trainees[0].givenNames, "João");
    EXPECT_EQ(ws->trainees[1].hoursAttended.hundredths, 750);
    EXPECT_EQ(ws->sessions.size(), 2u);
}

TEST(WorkspaceReaderTest, ReportsEveryErrorOfABrokenWorkspaceWithFileAndLine) {
    Diagnostics d;
    EXPECT_FALSE(readWorkspace(workspace("broken"), {}, d));
    // courses.xml is malformed, yet the other files are read and checked; sessions of its
    // courses are not reported as referring to unknown courses.
    EXPECT_EQ(summary(d), (std::vector<std::string>{
                              "courses.xml:5:diag.xml.malformed",
                              "organisation.xml:17:diag.siret.checksum",
                              "sessions.csv:3:diag.session.dates_order",
                              "trainees.csv:3:diag.ref.session",
                              "trainees.csv:4:diag.csv.field_count",
                              "trainees.csv:5:diag.trainee.satisfaction",
                          }));
    EXPECT_EQ(d.items()[1].field, "siret");
    EXPECT_EQ(d.items()[3].args.at("id"), "S9");
}

TEST(WorkspaceReaderTest, ForcedEncodingAppliesToBothCsvFiles) {
    Diagnostics d;
    EXPECT_FALSE(readWorkspace(workspace("pt-valid"), ReadOptions{"utf-8"}, d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"trainees.csv:2:diag.csv.decoding"}));
    Diagnostics ok;
    EXPECT_TRUE(readWorkspace(workspace("pt-valid"), ReadOptions{"windows-1252"}, ok));
}

TEST(WorkspaceReaderTest, AnUnknownEncodingIsReported) {
    Diagnostics d;
    EXPECT_FALSE(readWorkspace(workspace("fr-valid"), ReadOptions{"ebcdic"}, d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{":0:diag.encoding.unknown"}));
    EXPECT_EQ(d.items()[0].args.at("value"), "ebcdic");
}

TEST(WorkspaceReaderTest, RequiredFilesMustExistAndCsvFilesMayBeAbsent) {
    ScratchWorkspace empty("");
    Diagnostics d;
    EXPECT_FALSE(readWorkspace(empty.path(), {}, d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"courses.xml:0:diag.file.missing",
                                                    "organisation.xml:0:diag.file.missing"}));

    ScratchWorkspace noSessions("fr-valid");
    std::filesystem::remove(noSessions.file("sessions.csv"));
    std::filesystem::remove(noSessions.file("trainees.csv"));
    Diagnostics none;
    const auto ws = readWorkspace(noSessions.path(), {}, none);
    ASSERT_TRUE(ws);
    EXPECT_TRUE(ws->sessions.empty());
    EXPECT_TRUE(none.items().empty());
}

TEST(WorkspaceReaderTest, TraineesOfAnAbsentSessionsFileAreOfUnknownSessions) {
    ScratchWorkspace ws("fr-valid");
    std::filesystem::remove(ws.file("sessions.csv"));
    Diagnostics d;
    EXPECT_FALSE(readWorkspace(ws.path(), {}, d));
    EXPECT_EQ(summary(d),
              (std::vector<std::string>{"trainees.csv:2:diag.ref.session", "trainees.csv:3:diag.ref.session"}));
}

TEST(WorkspaceReaderTest, TheLogoMustExist) {
    ScratchWorkspace ws("fr-valid");
    const auto path = ws.file("organisation.xml");
    std::string xml = fd::testing::fileBytes(path.string());
    xml.replace(xml.find("<branding "), 10, "<branding logo=\"logo.png\" ");
    std::ofstream(path, std::ios::binary) << xml;
    Diagnostics d;
    EXPECT_FALSE(readWorkspace(ws.path(), {}, d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"organisation.xml:37:diag.file.logo_missing"}));
    std::ofstream(ws.file("logo.png"), std::ios::binary) << "\x89PNG";
    Diagnostics none;
    EXPECT_TRUE(readWorkspace(ws.path(), {}, none));
}

// The sample workspaces shipped in samples/ are written by hand; they must read cleanly.
class SampleWorkspaceTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SampleWorkspaceTest, ReadsWithoutError) {
    const std::string dir = std::string(FORMADOC_SOURCE_DIR) + "/samples/" + GetParam();
    if (!std::filesystem::exists(dir + "/organisation.xml")) GTEST_SKIP() << dir << " has no organisation.xml yet";
    Diagnostics d;
    const auto ws = readWorkspace(dir, {}, d);
    std::vector<std::string> errors;
    for (const auto& item : d.items())
        if (item.severity == Severity::Error)
            errors.push_back(item.file + ":" + std::to_string(item.line) + ": " + item.field + ": " + item.key);
    EXPECT_TRUE(ws) << ::testing::PrintToString(errors);
    EXPECT_EQ(errors, std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleWorkspaceTest, ::testing::Values("fr-organisme", "pt-entidade"));

}  // namespace
}  // namespace fd
