// `formadoc check --format xlsx`: the audit workbook, read back with openpyxl (an independent
// reader): a summary, one sheet per Qualiopi indicator, typed cells, the gap and its evidence.
#include <gtest/gtest.h>

#include "check_support.h"

namespace fd::e2e::check {
namespace {

// Runs a Python script with openpyxl on `xlsx`; the script prints what the test compares.
CommandResult openpyxl(const std::string& xlsx, const std::string& script) {
    const std::string file = makeTempDir("check-py") + "/read.py";
    writeText(file, "import sys, datetime, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n" + script);
    return runShell("/usr/bin/python3 " + shellQuote(file) + " " + shellQuote(xlsx));
}

TEST(CheckWorkbook, SheetsPerIndicatorWithTypedCells) {
    const std::string ws = copySample("fr-organisme", "check-xlsx");
    removeElement(ws + "/courses.xml", "<course id=\"RGPD-EL\"", "accessibility");
    const std::string xlsx = makeTempDir("check-xlsx-out") + "/audit.xlsx";
    const CommandResult r = runFormadoc({"check", ws, "--format", "xlsx", "--out", xlsx, "--lang", "en"}, kCheckDay);
    EXPECT_EQ(r.exitCode, 1) << r.err;
    ASSERT_TRUE(exists(xlsx)) << r.err;

    const CommandResult py = openpyxl(xlsx, R"(
print("sheets", "|".join(wb.sheetnames))
summary = wb["Summary"]
total = [c.value for c in summary[summary.max_row]]
print("total", total[0], type(total[2]).__name__, total[7], isinstance(total[8], datetime.datetime), total[8].date())
ind = wb["Indicator 26"]
header = [c.value for c in ind[1]]
print("header", "|".join(header))
for row in ind.iter_rows(min_row=2, values_only=True):
    if row[0] == "RGPD-EL":
        print("gap", row[2], row[4], row[5], row[7], row[8], row[9], type(row[10]).__name__)
)");
    ASSERT_EQ(py.exitCode, 0) << py.err;
    for (const char* sheet : {"Summary|Indicator 1|Indicator 2|Indicator 3|", "|Indicator 26|", "|FR-FMT"})
        EXPECT_NE(py.out.find(sheet), std::string::npos) << sheet << "\n" << py.out;
    EXPECT_NE(py.out.find("total All int 1 True 2026-11-21"), std::string::npos) << py.out;
    EXPECT_NE(py.out.find("header Organisation or course|Name|Requirement|What it asks for|Level|Status|Finding|"
                          "Document and section|Field|File|Line"),
              std::string::npos)
        << py.out;
    const std::string sections = sectionsDeclaring(sourceDir() + "/templates/programme/fr.xml", "FR-PROG-13");
    ASSERT_FALSE(sections.empty());
    EXPECT_NE(py.out.find("gap FR-PROG-13 mandatory missing programmes/RGPD-EL.fr.pdf § " + sections +
                          " course[RGPD-EL].accessibility courses.xml int"),
              std::string::npos)
        << py.out;
}

TEST(CheckWorkbook, ByDefaultInTheOrganisationsLanguage) {
    const std::string xlsx = makeTempDir("check-xlsx-pt") + "/auditoria.xlsx";
    const CommandResult r = runFormadoc({"check", sampleDir("pt-entidade"), "--format", "xlsx", "--out", xlsx},
                                        kCheckDay);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const CommandResult py = openpyxl(xlsx, R"(
print("|".join(wb.sheetnames))
rows = list(wb["Resumo"].iter_rows(min_row=2, values_only=True))
print("gaps", sum(r[7] for r in rows[:-1]), all(isinstance(r[2], int) for r in rows))
)");
    ASSERT_EQ(py.exitCode, 0) << py.err;
    EXPECT_NE(py.out.find("Resumo|PT-PROG|PT-REG|PT-FMT"), std::string::npos) << py.out;
    EXPECT_NE(py.out.find("gaps 0 True"), std::string::npos) << py.out;
}

}  // namespace
}  // namespace fd::e2e::check
