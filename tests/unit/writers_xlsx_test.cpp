// The XLSX writer, read back with openpyxl from Debian's own Python (/usr/bin/python3: the
// first python3 on PATH may be another installation without Debian's packages).
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "doc/workbook.h"
#include "util/atomic_file.h"
#include "writers/xlsx/xlsx_writer.h"
#include "writers_test_support.h"

namespace fd::xlsx {
namespace {

using fd::writers_testing::CommandResult;
using fd::writers_testing::run;
using fd::writers_testing::ScratchDir;
using fd::writers_testing::shellQuote;

const int64_t kCreated = 1767225600;   // 2026-01-01T00:00:00Z

doc::SheetColumn column(const std::string& header, doc::ColumnType type, double minWidth = 0, double maxWidth = 60) {
    doc::SheetColumn c;
    c.header = header;
    c.type = type;
    c.minWidth = minWidth;
    c.maxWidth = maxWidth;
    return c;
}

// "Sessions": one column per cell type, three rows; "Résumé": a summary with two charts.
doc::Workbook sampleWorkbook() {
    doc::Workbook workbook;
    workbook.properties.title = "Catalogue des formations 2026";
    workbook.properties.subject = "Sessions et tarifs";
    workbook.properties.author = "Organisme Lumière";
    workbook.properties.company = "Lumière Formation SARL";
    workbook.properties.keywords = "catalogue, qualiopi";
    workbook.properties.comments = "Généré par formadoc";
    workbook.properties.created = kCreated;

    doc::Sheet sessions;
    sessions.name = "Sessions";
    sessions.columns = {column("Intitulé de la formation", doc::ColumnType::Text, 10, 40),
                        column("Places", doc::ColumnType::Integer),
                        column("Prix", doc::ColumnType::Money),
                        column("Heures", doc::ColumnType::Hours),
                        column("Début", doc::ColumnType::Date),
                        column("Taux de réussite", doc::ColumnType::Percent, 12)};
    sessions.rows = {
        {doc::CellText{"Prévention des risques professionnels et gestes de premiers secours en entreprise"},
         doc::CellInteger{12}, doc::CellMoney{125050}, doc::CellHours{750}, doc::CellDate{2026, 3, 9},
         doc::CellPercent{0.875}},
        {doc::CellText{"Excel"}, doc::CellInteger{8}, doc::CellMoney{49000}, doc::CellHours{1400},
         doc::CellDate{2026, 11, 21}, doc::CellPercent{1.0}},
        {doc::CellText{"Ação de formação"}, doc::CellEmpty{}, doc::CellMoney{0}, doc::CellHours{35},
         doc::CellDate{2027, 2, 28}, doc::CellPercent{0.5}},
    };

    doc::Sheet summary;
    summary.name = "Résumé";
    summary.columns = {column("Année", doc::ColumnType::Text), column("Stagiaires", doc::ColumnType::Integer),
                       column("Satisfaction", doc::ColumnType::Percent)};
    summary.rows = {{doc::CellText{"2024"}, doc::CellInteger{120}, doc::CellPercent{0.91}},
                    {doc::CellText{"2025"}, doc::CellInteger{148}, doc::CellPercent{0.94}}};
    summary.freezeHeader = false;
    summary.autofilter = false;
    doc::SheetChart trainees;
    trainees.kind = doc::ChartKind::Column;
    trainees.title = "Stagiaires par année";
    trainees.categoryColumn = 0;
    trainees.valueColumns = {1};
    trainees.firstRow = 0;
    trainees.lastRow = 1;
    trainees.anchorRow = 4;
    trainees.yAxisTitle = "Stagiaires";
    trainees.yMax = 200;
    doc::SheetChart satisfaction = trainees;
    satisfaction.kind = doc::ChartKind::Bar;
    satisfaction.title = "Satisfaction";
    satisfaction.valueColumns = {2};
    satisfaction.yAxisTitle = "";
    satisfaction.yMax = 1;
    satisfaction.anchorRow = 20;
    summary.charts = {trainees, satisfaction};

    workbook.sheets = {sessions, summary};
    return workbook;
}

// Runs a Python snippet with `book` (openpyxl workbook of `xlsx`) and `archive` (its zip) in
// scope; each line it prints as "key=value" becomes an entry of the result.
std::map<std::string, std::string> inspect(const ScratchDir& dir, const std::string& xlsx, const std::string& body,
                                           bool readOnly = false) {
    // Not "inspect.py": Python puts the script's folder first on its path, so that name would
    // shadow a standard module openpyxl imports.
    const std::string script = dir.file("read_xlsx.py");
    fd::writers_testing::writeFile(script, std::string("import sys, zipfile, openpyxl\n") +
                                       "book = openpyxl.load_workbook(sys.argv[1], read_only=" +
                                       (readOnly ? "True" : "False") + ")\n" +
                                       "archive = zipfile.ZipFile(sys.argv[1])\n" + body + "\n");
    CommandResult result = run("/usr/bin/python3 " + shellQuote(script) + " " + shellQuote(xlsx));
    EXPECT_EQ(result.exitCode, 0) << result.output;
    std::map<std::string, std::string> facts;
    std::istringstream lines(result.output);
    std::string line;
    while (std::getline(lines, line)) {
        size_t equals = line.find('=');
        if (equals != std::string::npos) facts[line.substr(0, equals)] = line.substr(equals + 1);
    }
    return facts;
}

class XlsxWriterTest : public ::testing::Test {
protected:
    ScratchDir dir;
};

TEST_F(XlsxWriterTest, CellsKeepTheirTypesAndFormats) {
    const std::string xlsx = dir.file("types.xlsx");
    writeXlsx(sampleWorkbook(), xlsx);
    auto facts = inspect(dir, xlsx,
                         "sheet = book['Sessions']\n"
                         "for ref in ['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'B4', 'C3', 'E3']:\n"
                         "    cell = sheet[ref]\n"
                         "    print(f'{ref}={type(cell.value).__name__}|{cell.value}|{cell.number_format}')\n");
    EXPECT_EQ(facts["A2"], "str|Prévention des risques professionnels et gestes de premiers secours en entreprise|General");
    EXPECT_EQ(facts["B2"], "int|12|0");
    EXPECT_EQ(facts["C2"], "float|1250.5|#,##0.00\\ \"€\"");
    EXPECT_EQ(facts["D2"], "float|7.5|0.00");
    EXPECT_EQ(facts["E2"], "datetime|2026-03-09 00:00:00|dd/mm/yyyy");
    EXPECT_EQ(facts["F2"], "float|0.875|0.0%");
    EXPECT_EQ(facts["B4"], "NoneType|None|General");
    EXPECT_EQ(facts["C3"], "int|490|#,##0.00\\ \"€\"");
    EXPECT_EQ(facts["E3"], "datetime|2026-11-21 00:00:00|dd/mm/yyyy");
}

TEST_F(XlsxWriterTest, HeaderIsStyledFrozenAndFiltered) {
    const std::string xlsx = dir.file("header.xlsx");
    writeXlsx(sampleWorkbook(), xlsx);
    auto facts = inspect(dir, xlsx,
                         "sheet = book['Sessions']\n"
                         "h = sheet['A1']\n"
                         "print(f'value={h.value}')\n"
                         "print(f'bold={h.font.b}')\n"
                         "print(f'colour={h.font.color.rgb}')\n"
                         "print(f'fill={h.fill.fgColor.rgb}')\n"
                         "print(f'wrap={h.alignment.wrap_text}')\n"
                         "print(f'border={h.border.left.style}')\n"
                         "print(f'freeze={sheet.freeze_panes}')\n"
                         "print(f'filter={sheet.auto_filter.ref}')\n"
                         "summary = book['Résumé']\n"
                         "print(f'summaryFreeze={summary.freeze_panes}')\n"
                         "print(f'summaryFilter={summary.auto_filter.ref}')\n");
    EXPECT_EQ(facts["value"], "Intitulé de la formation");
    EXPECT_EQ(facts["bold"], "True");
    EXPECT_EQ(facts["colour"], "FFFFFFFF");
    EXPECT_EQ(facts["fill"], "FF1F4E79");
    EXPECT_EQ(facts["wrap"], "True");
    EXPECT_EQ(facts["border"], "thin");
    EXPECT_EQ(facts["freeze"], "A2");
    EXPECT_EQ(facts["filter"], "A1:F4");
    EXPECT_EQ(facts["summaryFreeze"], "None");
    EXPECT_EQ(facts["summaryFilter"], "None");
}

TEST_F(XlsxWriterTest, ColumnsAreFittedToContentWithinTheirLimits) {
    const std::string xlsx = dir.file("widths.xlsx");
    writeXlsx(sampleWorkbook(), xlsx);
    auto facts = inspect(dir, xlsx,
                         "sheet = book['Sessions']\n"
                         "for letter in 'ABCDEF':\n"
                         "    print(f'{letter}={sheet.column_dimensions[letter].width}')\n");
    // libxlsxwriter adds under one unit of cell padding to the width it is given.
    auto near = [&facts](const std::string& letter, double expected) {
        const double width = std::stod(facts[letter]);
        EXPECT_GE(width, expected) << letter;
        EXPECT_LT(width, expected + 1) << letter;
    };
    near("A", 40);   // the long title is clamped to maxWidth
    near("B", 9);    // "Places" + filter button + margin beats "12"
    near("C", 11);   // "1,250.50 €" + margin
    near("E", 11);   // "dd/mm/yyyy" + margin
    near("F", 12);   // "réussite" + button + margin is 11: minWidth wins
}

TEST_F(XlsxWriterTest, DocumentPropertiesAreSet) {
    const std::string xlsx = dir.file("properties.xlsx");
    writeXlsx(sampleWorkbook(), xlsx);
    auto facts = inspect(dir, xlsx,
                         "p = book.properties\n"
                         "print(f'title={p.title}')\n"
                         "print(f'subject={p.subject}')\n"
                         "print(f'author={p.creator}')\n"
                         "print(f'keywords={p.keywords}')\n"
                         "print(f'comments={p.description}')\n"
                         "print(f'created={p.created.isoformat()}')\n"
                         "app = archive.read('docProps/app.xml').decode()\n"
                         "print(f'company={app.split(\"<Company>\")[1].split(\"</Company>\")[0]}')\n"
                         "print(f'sheets={book.sheetnames}')\n");
    EXPECT_EQ(facts["title"], "Catalogue des formations 2026");
    EXPECT_EQ(facts["subject"], "Sessions et tarifs");
    EXPECT_EQ(facts["author"], "Organisme Lumière");
    EXPECT_EQ(facts["keywords"], "catalogue, qualiopi");
    EXPECT_EQ(facts["comments"], "Généré par formadoc");
    EXPECT_EQ(facts["created"], "2026-01-01T00:00:00");
    EXPECT_EQ(facts["company"], "Lumière Formation SARL");
    EXPECT_EQ(facts["sheets"], "['Sessions', 'Résumé']");
}

TEST_F(XlsxWriterTest, ChartsAreNativeWithTitlesAndAxisLimits) {
    const std::string xlsx = dir.file("charts.xlsx");
    writeXlsx(sampleWorkbook(), xlsx);
    auto facts = inspect(dir, xlsx,
                         "print(f'sessions={len(book[\"Sessions\"]._charts)}')\n"
                         "charts = book['Résumé']._charts\n"
                         "print(f'count={len(charts)}')\n"
                         "names = sorted(n for n in archive.namelist() if n.startswith('xl/charts/chart'))\n"
                         "for i, name in enumerate(names):\n"
                         "    xml = archive.read(name).decode()\n"
                         "    kind = 'bar' if '<c:barDir val=\"bar\"/>' in xml else 'col' if '<c:barDir val=\"col\"/>' in xml else 'other'\n"
                         "    value_axis = xml.split('<c:valAx>')[1].split('</c:valAx>')[0]\n"
                         "    maximum = value_axis.split('<c:max val=\"')[1].split('\"')[0] if '<c:max ' in value_axis else ''\n"
                         "    print(f'chart{i}={kind}|{maximum}|{\"Sheet1\" not in xml}|{\"R&#233;sum&#233;\" in xml or \"Résumé\" in xml}')\n"
                         "    print(f'title{i}={\"Stagiaires par année\" in xml or \"Satisfaction\" in xml}')\n");
    EXPECT_EQ(facts["sessions"], "0");
    EXPECT_EQ(facts["count"], "2");
    EXPECT_EQ(facts["chart0"], "col|200|True|True");
    EXPECT_EQ(facts["chart1"], "bar|1|True|True");
    EXPECT_EQ(facts["title0"], "True");
    EXPECT_EQ(facts["title1"], "True");
}

TEST_F(XlsxWriterTest, TwoWritesAreByteIdentical) {
    const doc::Workbook workbook = sampleWorkbook();
    writeXlsx(workbook, dir.file("a.xlsx"));
    // Past the 2-second resolution of zip entry times, so any clock read would show.
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    writeXlsx(workbook, dir.file("b.xlsx"));
    const std::string a = fd::writers_testing::readFile(dir.file("a.xlsx"));
    EXPECT_GT(a.size(), 1000u);
    EXPECT_TRUE(a == fd::writers_testing::readFile(dir.file("b.xlsx")));
}

TEST_F(XlsxWriterTest, LargeSheetsSwitchToConstantMemoryMode) {
    doc::Workbook workbook;
    workbook.properties.created = kCreated;
    doc::Sheet big;
    big.name = "Stagiaires";
    big.columns = {column("Nom", doc::ColumnType::Text), column("Heures", doc::ColumnType::Hours),
                   column("Date", doc::ColumnType::Date)};
    const size_t rows = kConstantMemoryRows + 1;
    for (size_t i = 0; i < rows; ++i)
        big.rows.push_back({doc::CellText{"Stagiaire " + std::to_string(i + 1)},
                            doc::CellHours{static_cast<int64_t>(i % 4000 + 25)}, doc::CellDate{2026, 1, 1 + int(i % 28)}});
    workbook.sheets = {big};
    const std::string xlsx = dir.file("big.xlsx");
    writeXlsx(workbook, xlsx);
    auto facts = inspect(dir, xlsx,
                         "sheet = book['Stagiaires']\n"
                         "print(f'rows={sheet.max_row}')\n"
                         "last = [c.value for c in next(sheet.iter_rows(min_row=sheet.max_row))]\n"
                         "print(f'last={last[0]}|{last[1]}|{last[2].isoformat()}')\n"
                         "print(f'shared={\"xl/sharedStrings.xml\" in archive.namelist()}')\n"
                         "xml = archive.read('xl/worksheets/sheet1.xml').decode()\n"
                         "print('frozen=' + str('<pane ySplit=\"1\"' in xml))\n"
                         "print('filter=' + xml.split('<autoFilter ref=\"')[1].split('\"')[0])\n",
                         /*readOnly=*/true);
    EXPECT_EQ(facts["rows"], std::to_string(rows + 1));
    EXPECT_EQ(facts["last"], "Stagiaire 10001|20.25|2026-01-05T00:00:00");
    EXPECT_EQ(facts["shared"], "False") << "constant-memory mode writes strings inline";
    EXPECT_EQ(facts["frozen"], "True");
    EXPECT_EQ(facts["filter"], "A1:C10002");

    const std::string small = dir.file("small.xlsx");
    writeXlsx(sampleWorkbook(), small);
    EXPECT_EQ(inspect(dir, small, "print(f'shared={\"xl/sharedStrings.xml\" in archive.namelist()}')\n")["shared"], "True");
}

void expectRejectedName(const ScratchDir& dir, const std::string& name, const std::string& reason) {
    doc::Workbook workbook = sampleWorkbook();
    workbook.sheets[1].name = name;
    try {
        writeXlsx(workbook, dir.file("names.xlsx"));
        ADD_FAILURE() << "accepted sheet name " << name;
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find(reason), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find(name), std::string::npos) << error.what();
    }
}

TEST_F(XlsxWriterTest, InvalidSheetNamesAreRejectedClearly) {
    expectRejectedName(dir, "Évaluations à chaud des stagiaires", "longer than 31 characters");
    expectRejectedName(dir, "Résultats 2025/2026", "contains '/'");
    expectRejectedName(dir, "Bilan [brouillon]", "contains '['");
    expectRejectedName(dir, "Question?", "contains '?'");
    expectRejectedName(dir, "'Citation'", "apostrophe");
    expectRejectedName(dir, "SESSIONS", "used by another sheet");
    expectRejectedName(dir, "", "empty");
    EXPECT_EQ(dir.listing(), "");
    // 31 characters, several of them two-byte: accepted.
    doc::Workbook workbook = sampleWorkbook();
    workbook.sheets[1].name = "Évaluations à chaud — synthèse";
    ASSERT_EQ(workbook.sheets[1].name.size() > 31, true);
    EXPECT_NO_THROW(writeXlsx(workbook, dir.file("accented.xlsx")));
}

TEST_F(XlsxWriterTest, ImpossibleDateIsRejectedAndLeavesNoFile) {
    doc::Workbook workbook = sampleWorkbook();
    workbook.sheets[0].rows[1][4] = doc::CellDate{2026, 2, 29};
    EXPECT_THROW(writeXlsx(workbook, dir.file("date.xlsx")), std::invalid_argument);
    EXPECT_EQ(dir.listing(), "");
}

TEST_F(XlsxWriterTest, ChartOutsideTheDataIsRejected) {
    doc::Workbook workbook = sampleWorkbook();
    workbook.sheets[1].charts[0].lastRow = 5;
    EXPECT_THROW(writeXlsx(workbook, dir.file("chart.xlsx")), std::invalid_argument);
    workbook = sampleWorkbook();
    workbook.sheets[1].charts[1].valueColumns = {3};
    EXPECT_THROW(writeXlsx(workbook, dir.file("chart.xlsx")), std::invalid_argument);
    EXPECT_EQ(dir.listing(), "");
}

TEST_F(XlsxWriterTest, UnwritableDestinationThrowsAndLeavesNothing) {
    const std::string target = "/proc/formadoc-writers-test/out.xlsx";   // /proc refuses new entries, even to root
    EXPECT_THROW(writeXlsx(sampleWorkbook(), target), OutputError);
    EXPECT_FALSE(fd::writers_testing::exists(target));
}

TEST_F(XlsxWriterTest, ReplacesAnExistingFileAtomically) {
    const std::string xlsx = dir.file("again.xlsx");
    fd::writers_testing::writeFile(xlsx, "old content");
    writeXlsx(sampleWorkbook(), xlsx);
    EXPECT_EQ(fd::writers_testing::readFile(xlsx).rfind("PK", 0), 0u);
    EXPECT_EQ(dir.listing(), "again.xlsx");
}

}  // namespace
}  // namespace fd::xlsx
