// A broken workspace yields all its errors, each with file and line, exits 2 and writes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "e2e_support.h"

namespace fd::e2e {
namespace {
namespace fs = std::filesystem;

void replaceInFile(const std::string& path, const std::string& from, const std::string& to) {
    std::string text = readFile(path);
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from << " not found in " << path;
    text.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary) << text;
}

// Line (1-based) of the first occurrence of `needle` in a file.
int lineOf(const std::string& path, const std::string& needle) {
    std::string text = readFile(path);
    size_t at = text.find(needle);
    return at == std::string::npos ? -1 : 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

std::string siretOf(const std::string& organisationXml) {
    std::smatch m;
    std::string text = readFile(organisationXml);
    if (std::regex_search(text, m, std::regex("<siret>([0-9]{14})</siret>"))) return m[1];
    return {};
}

class BrokenWorkspace : public ::testing::Test {
protected:
    void SetUp() override {
        ws = makeTempDir("broken") + "/ws";
        fs::copy(sampleDir("fr-organisme"), ws, fs::copy_options::recursive);
        // 1. a bad SIRET: change the last digit so that the Luhn check fails
        std::string siret = siretOf(ws + "/organisation.xml");
        ASSERT_EQ(siret.size(), 14u);
        std::string bad = siret;
        bad[13] = bad[13] == '9' ? '0' : static_cast<char>(bad[13] + 1);
        replaceInFile(ws + "/organisation.xml", "<siret>" + siret + "</siret>", "<siret>" + bad + "</siret>");
        siretLine = lineOf(ws + "/organisation.xml", "<siret>");
        // 2. malformed XML in courses.xml: an unclosed element
        replaceInFile(ws + "/courses.xml", "</title>", "</titel>");
        // 3. a trainee of an unknown session, appended as the last record
        std::string trainees = readFile(ws + "/trainees.csv");
        char sep = trainees.find(';') < trainees.find('\n') ? ';' : ',';
        std::string header = trainees.substr(0, trainees.find('\n'));
        size_t columns = std::count(header.begin(), header.end(), sep) + 1;
        std::string row = "ZZ-UNKNOWN";
        for (size_t i = 1; i < columns; ++i) row += sep;
        if (!trainees.empty() && trainees.back() != '\n') trainees += "\r\n";
        traineeLine = 1 + static_cast<int>(std::count(trainees.begin(), trainees.end(), '\n'));
        std::ofstream(ws + "/trainees.csv", std::ios::binary) << trainees << row << "\r\n";
        out = makeTempDir("broken-out") + "/out";
    }
    std::string ws, out;
    int siretLine = 0, traineeLine = 0;
};

TEST_F(BrokenWorkspace, ReportsEveryErrorWithFileAndLineAndWritesNothing) {
    CommandResult r = runFormadoc({"build", ws, "--out", out});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_FALSE(exists(out)) << "a rejected workspace must not create the output directory";
    // VAL-02: the SIRET error names organisation.xml and the line of <siret>
    EXPECT_NE(r.err.find("organisation.xml:" + std::to_string(siretLine) + ": siret"), std::string::npos) << r.err;
    // malformed XML: courses.xml with a line number
    EXPECT_TRUE(std::regex_search(r.err, std::regex("courses\\.xml:[0-9]+: "))) << r.err;
    // the unknown session: trainees.csv with the record's line
    EXPECT_NE(r.err.find("trainees.csv:" + std::to_string(traineeLine) + ": session"), std::string::npos) << r.err;
}

TEST_F(BrokenWorkspace, ProgrammeCommandRefusesToo) {
    CommandResult r = runFormadoc({"programme", ws, "--out", out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(exists(out));
}

}  // namespace
}  // namespace fd::e2e
