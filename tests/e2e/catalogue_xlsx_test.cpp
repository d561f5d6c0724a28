// The catalogue workbooks read back with openpyxl (/usr/bin/python3): typed cells (numbers are
// numbers, dates are dates, prices carry a euro format, identifiers stay text), a frozen header
// row and an autofilter on both sheets, one row per course and per session, the values of the
// sample workspace (FR-CAT-02: the catalogue and the data published elsewhere agree).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "catalogue_support.h"
#include "e2e_support.h"
#include "indicators_workbook_dump.h"

namespace fd::e2e {
namespace {

using namespace catalogue;

const DumpedSheet& sheetNamed(const DumpedWorkbook& book, const std::string& name) {
    for (const DumpedSheet& s : book.sheets)
        if (s.name == name) return s;
    throw std::runtime_error("no sheet " + name);
}

size_t columnOf(const DumpedSheet& sheet, const std::string& header) {
    const auto& headers = sheet.rows.at(0);
    for (size_t i = 0; i < headers.size(); ++i)
        if (headers[i].text == header) return i;
    throw std::runtime_error("no column " + header + " in " + sheet.name);
}

const DumpedCell& at(const DumpedSheet& sheet, const std::string& reference, const std::string& header) {
    const size_t key = columnOf(sheet, sheet.name == "Sessions" ? "Session" : "Course reference");
    for (const auto& row : sheet.rows)
        if (row.at(key).text == reference) return row.at(columnOf(sheet, header));
    throw std::runtime_error("no row " + reference + " in " + sheet.name);
}

// Frozen panes and autofilter of every sheet, as openpyxl reads them: "title<TAB>A2<TAB>A1:X9".
std::vector<std::string> sheetSettings(const std::string& xlsx) {
    const std::string script = makeTempDir("catalogue-xlsx") + "/settings.py";
    std::ofstream(script) << "import sys, openpyxl\n"
                             "for s in openpyxl.load_workbook(sys.argv[1]).worksheets:\n"
                             "    print('%s\\t%s\\t%s\\t%s' % (s.title, s.freeze_panes, s.auto_filter.ref, s.dimensions))\n";
    const CommandResult r = runShell("/usr/bin/python3 " + shellQuote(script) + " " + shellQuote(xlsx));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// Records of a workspace CSV file as Python's csv module reads them (quoted fields may hold
// line breaks, so lines are not records).
size_t csvRecords(const std::string& path) {
    const std::string script = makeTempDir("catalogue-csv") + "/count.py";
    std::ofstream(script) << "import csv, sys\n"
                             "text = open(sys.argv[1], encoding='utf-8-sig').read()\n"
                             "dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=',;\\t')\n"
                             "print(sum(1 for row in csv.reader(text.splitlines(True), dialect) if row) - 1)\n";
    const CommandResult r = runShell("/usr/bin/python3 " + shellQuote(script) + " " + shellQuote(path));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.exitCode == 0 ? std::stoul(r.out) : 0;
}

TEST(CatalogueXlsx, FrCat02CoursesSheetHasTypedValuesOfTheWorkspace) {
    const DumpedWorkbook book = dumpWorkbook(catalogueXlsx("fr-organisme", "en"));
    const DumpedSheet& courses = sheetNamed(book, "Courses");
    ASSERT_EQ(courses.rows.size(), 1u + 8u);

    const DumpedCell& siret = at(courses, "MGT-QUOT", "SIRET");
    EXPECT_EQ(siret.type, DumpedCell::Type::Text) << "an identifier keeps its digits as written";
    EXPECT_EQ(siret.text, "89317452400015");
    EXPECT_EQ(at(courses, "MGT-QUOT", "Activity declaration number (NDA)").text, "52440871244");

    const DumpedCell& hours = at(courses, "MGT-QUOT", "Duration (hours)");
    ASSERT_EQ(hours.type, DumpedCell::Type::Number);
    EXPECT_EQ(hours.number, 14);

    // One price per person (890 €) and one per group: the per-person ones make the range.
    const DumpedCell& lowest = at(courses, "MGT-QUOT", "Lowest price");
    const DumpedCell& highest = at(courses, "MGT-QUOT", "Highest price");
    ASSERT_EQ(lowest.type, DumpedCell::Type::Number);
    ASSERT_EQ(highest.type, DumpedCell::Type::Number);
    EXPECT_EQ(lowest.number, 890);
    EXPECT_EQ(highest.number, 890);
    EXPECT_NE(lowest.format.find("€"), std::string::npos) << lowest.format;
    EXPECT_EQ(at(courses, "MGT-QUOT", "Price basis").text, "per person");
    EXPECT_EQ(at(courses, "MGT-QUOT", "Prices are").text, "VAT exempt");
    // A course sold per group only.
    EXPECT_EQ(at(courses, "AFEST-RC", "Lowest price").number, 4200);
    EXPECT_EQ(at(courses, "AFEST-RC", "Price basis").text, "per group");

    const DumpedCell& updated = at(courses, "MGT-QUOT", "Last updated");
    ASSERT_EQ(updated.type, DumpedCell::Type::Date);
    EXPECT_EQ(updated.text, "2026-06-15");
    const DumpedCell& next = at(courses, "MGT-QUOT", "Next session starts");
    ASSERT_EQ(next.type, DumpedCell::Type::Date);
    EXPECT_EQ(next.text, "2026-12-03");
    const DumpedCell& upcoming = at(courses, "MGT-QUOT", "Upcoming sessions");
    ASSERT_EQ(upcoming.type, DumpedCell::Type::Number);
    EXPECT_EQ(upcoming.number, 1);
    const DumpedCell& deadline = at(courses, "MGT-QUOT", "Access deadline (days)");
    ASSERT_EQ(deadline.type, DumpedCell::Type::Number);
    EXPECT_EQ(deadline.number, 15);
    EXPECT_EQ(at(courses, "CRH-RNCP", "Certification register").text, "RNCP");
    EXPECT_EQ(at(courses, "MGT-QUOT", "Certification code").type, DumpedCell::Type::Empty);
    EXPECT_EQ(at(courses, "MGT-QUOT", "Disability referent e-mail").text, "handicap@horizon-formation.fr");
}

TEST(CatalogueXlsx, SessionsSheetListsEverySessionWithRealDatesAndCounts) {
    const DumpedWorkbook book = dumpWorkbook(catalogueXlsx("fr-organisme", "en"));
    const DumpedSheet& sessions = sheetNamed(book, "Sessions");
    const std::string sample = sampleDir("fr-organisme");
    ASSERT_EQ(sessions.rows.size(), 1u + csvRecords(sample + "/sessions.csv"));
    double enrolled = 0;
    std::string previousStart;
    for (size_t r = 1; r < sessions.rows.size(); ++r) {
        const auto& row = sessions.rows[r];
        const DumpedCell& start = row.at(columnOf(sessions, "Start"));
        ASSERT_EQ(start.type, DumpedCell::Type::Date);
        ASSERT_EQ(row.at(columnOf(sessions, "End")).type, DumpedCell::Type::Date);
        EXPECT_LE(previousStart, start.text) << "sessions come by start date";
        previousStart = start.text;
        const DumpedCell& count = row.at(columnOf(sessions, "Trainees enrolled"));
        ASSERT_EQ(count.type, DumpedCell::Type::Number);
        enrolled += count.number;
    }
    EXPECT_EQ(enrolled, static_cast<double>(csvRecords(sample + "/trainees.csv")));
    EXPECT_EQ(at(sessions, "MGT-2612", "Status").text, "Upcoming");
    EXPECT_EQ(at(sessions, "MGT-2503", "Status").text, "Ended");
    EXPECT_EQ(at(sessions, "RGPD-2609", "Status").text, "In progress");
    EXPECT_EQ(at(sessions, "MGT-2612", "Trainers").text, "Claire Jaouen");
}

TEST(CatalogueXlsx, EverySheetHasAFrozenHeaderAndAnAutofilter) {
    for (const char* sample : {"fr-organisme", "pt-entidade"}) {
        for (const std::string& line : sheetSettings(catalogueXlsx(sample, "fr"))) {
            SCOPED_TRACE(std::string(sample) + ": " + line);
            std::istringstream fields(line);
            std::string title, freeze, filter, dimensions;
            std::getline(fields, title, '\t');
            std::getline(fields, freeze, '\t');
            std::getline(fields, filter, '\t');
            std::getline(fields, dimensions, '\t');
            EXPECT_EQ(freeze, "A2");
            EXPECT_EQ(filter, dimensions) << "the filter covers the whole table";
        }
    }
}

TEST(CatalogueXlsx, PortugueseWorkbookCarriesPortugueseIdentifiers) {
    const DumpedWorkbook book = dumpWorkbook(catalogueXlsx("pt-entidade", "pt"));
    const DumpedSheet& courses = book.sheets.at(0);
    EXPECT_EQ(courses.name, "Ações de formação");
    const std::vector<DumpedCell>& first = courses.rows.at(1);
    EXPECT_EQ(first.at(columnOf(courses, "NIF")).text, "514820934");
    EXPECT_EQ(first.at(columnOf(courses, "Certificação DGERT")).text, "4312/2019");
    const DumpedCell& area = first.at(columnOf(courses, "Área de educação e formação (CNAEF)"));
    EXPECT_EQ(area.type, DumpedCell::Type::Text);
    EXPECT_EQ(area.text.size(), 3u);
    const DumpedCell& price = first.at(columnOf(courses, "Preço mínimo"));
    ASSERT_EQ(price.type, DumpedCell::Type::Number);
    EXPECT_NE(price.format.find("€"), std::string::npos);
}

}  // namespace
}  // namespace fd::e2e
