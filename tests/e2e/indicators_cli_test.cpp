// The command line of the result indicators: a period given by --year or by --from and --to,
// refused with exit 2 and a message naming the option when it cannot be used (nothing written);
// the default period (FR-RES-03: kept up to date); the same bytes for the same calculation date;
// `formadoc build` writing them too.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "e2e_support.h"
#include "indicators_run.h"

namespace fd::e2e {
namespace {

struct Refusal {
    std::vector<std::string> args;
    std::string mentions;   // in the message
};

TEST(IndicatorsCli, FrRes04UnusablePeriodsExitTwoAndWriteNothing) {
    const std::vector<Refusal> refusals = {
        {{"--year", "20x5"}, "--year 20x5"},
        {{"--year", "25"}, "--year 25"},
        {{"--from", "2025-02-30", "--to", "2025-12-31"}, "--from 2025-02-30"},
        {{"--from", "2025-01-01", "--to", "31/12/2025"}, "--to 31/12/2025"},
        {{"--from", "2025-12-31", "--to", "2025-01-01"}, "2025-01-01"},
        {{"--year", "2027"}, "1 January 2027"},   // after the calculation date, 2026-11-21
        {{"--year", "2025", "--from", "2025-01-01", "--to", "2025-06-30"}, "--from"},
        {{"--from", "2025-01-01"}, "--to"},
    };
    for (const Refusal& r : refusals) {
        const std::string out = makeTempDir("indicators-refused") + "/out";
        std::vector<std::string> args = {"indicators", sampleDir("fr-organisme"), "--out", out};
        args.insert(args.end(), r.args.begin(), r.args.end());
        const CommandResult result = runFormadoc(args, {kCalculationDayEnv});
        EXPECT_EQ(result.exitCode, 2) << r.args.front() << " " << r.args.at(1);
        EXPECT_NE(result.err.find(r.mentions), std::string::npos) << r.mentions << "\n" << result.err;
        EXPECT_FALSE(exists(out)) << r.mentions;
    }
}

TEST(IndicatorsCli, FrRes03RefusalSpeaksTheUsersLanguage) {
    const std::string out = makeTempDir("indicators-refused-fr") + "/out";
    const CommandResult r = runFormadoc({"indicators", sampleDir("fr-organisme"), "--out", out, "--year", "20x5"},
                                        {kCalculationDayEnv, "FORMADOC_LANG=fr"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("une année civile en quatre chiffres est attendue"), std::string::npos) << r.err;
}

// The `index`th comma-separated field of a CSV line whose fields up to there hold no comma.
std::string leadingField(const std::string& line, size_t index) {
    size_t begin = 0;
    for (size_t i = 0; i < index; ++i) begin = line.find(',', begin) + 1;
    return line.substr(begin, line.find(',', begin) - begin);
}

// A copy of the Portuguese sample without its sessions ending in 2026 (nor their trainees).
std::string workspaceWithout2026Sessions() {
    const std::string dir = makeTempDir("indicators-no-2026") + "/ws";
    const CommandResult copy = runShell("cp -r " + shellQuote(sampleDir("pt-entidade")) + " " + shellQuote(dir));
    if (copy.exitCode != 0) throw std::runtime_error(copy.err);
    // sessions.csv starts id,course,start,end and trainees.csv id,session: no comma inside.
    std::set<std::string> dropped;
    std::ostringstream sessions, trainees;
    std::istringstream sessionsIn(readFile(dir + "/sessions.csv"));
    for (std::string line; std::getline(sessionsIn, line);) {
        if (leadingField(line, 3).rfind("2026-", 0) == 0) dropped.insert(leadingField(line, 0));
        else sessions << line << '\n';
    }
    std::istringstream traineesIn(readFile(dir + "/trainees.csv"));
    for (std::string line; std::getline(traineesIn, line);)
        if (!dropped.count(leadingField(line, 1))) trainees << line << '\n';
    std::ofstream(dir + "/sessions.csv") << sessions.str();
    std::ofstream(dir + "/trainees.csv") << trainees.str();
    return dir;
}

// Without a period, the calendar year of the latest session end with results, up to the
// calculation date: not the current year when none of its sessions has ended yet.
TEST(IndicatorsCli, FrRes03DefaultPeriodIsTheLatestYearWithResults) {
    const struct {
        std::string workspace, year;
    } cases[] = {{sampleDir("pt-entidade"), "2026"}, {workspaceWithout2026Sessions(), "2025"}};
    for (const auto& c : cases) {
        const std::string out = makeTempDir("indicators-default") + "/out";
        const CommandResult r =
            runFormadoc({"indicators", c.workspace, "--out", out, "--lang", "en"}, {kCalculationDayEnv});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        EXPECT_NE(r.err.find("Result indicators: Year " + c.year), std::string::npos) << r.err;
        EXPECT_NE(normaliseSpaces(pdfText(out + "/indicators.en.pdf", 1)).find("Reference period: Year " + c.year),
                  std::string::npos)
            << c.year;
    }
}

TEST(IndicatorsCli, FrRes01OneLanguageWritesItsTwoFiles) {
    const std::string out = makeTempDir("indicators-one-lang") + "/out";
    const CommandResult r =
        runFormadoc({"indicators", sampleDir("fr-organisme"), "--out", out, "--lang", "pt"}, {kCalculationDayEnv});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(listFiles(out), (std::vector<std::string>{"indicators.pt.pdf", "indicators.pt.xlsx"}));
}

TEST(IndicatorsCli, FrRes03SameCalculationDateGivesTheSameBytes) {
    const IndicatorsRun first = runIndicators("fr-organisme"), second = runIndicators("fr-organisme");
    ASSERT_EQ(first.result.exitCode, 0) << first.result.err;
    ASSERT_EQ(second.result.exitCode, 0) << second.result.err;
    const std::vector<std::string> files = listFiles(first.outDir);
    ASSERT_EQ(files.size(), 2 * kIndicatorLanguages.size());
    ASSERT_EQ(files, listFiles(second.outDir));
    for (const std::string& file : files)
        EXPECT_TRUE(readFile(first.outDir + "/" + file) == readFile(second.outDir + "/" + file)) << file;
}

TEST(IndicatorsCli, FrRes01BuildWritesTheIndicatorsOfEveryLanguage) {
    const std::string out = makeTempDir("indicators-build") + "/out";
    const CommandResult r = runFormadoc({"build", sampleDir("pt-entidade"), "--out", out}, {kCalculationDayEnv});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> files = listFiles(out);
    for (const char* lang : {"pt", "en", "fr"}) {   // the languages pt-entidade declares
        for (const char* ext : {".pdf", ".xlsx"}) {
            const std::string name = std::string("indicators.") + lang + ext;
            EXPECT_NE(std::find(files.begin(), files.end(), name), files.end()) << name;
        }
    }
}

}  // namespace
}  // namespace fd::e2e
