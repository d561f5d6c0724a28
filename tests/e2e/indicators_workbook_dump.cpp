#include "indicators_workbook_dump.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "e2e_support.h"

namespace fd::e2e {

namespace {

// One line per sheet ("S"), row ("R", cells separated by tabs, each "type\x1Fvalue\x1Fformat")
// and chart range ("F").
const char* const kDumpScript = R"PY(
import datetime, re, sys, zipfile
import openpyxl
path = sys.argv[1]
book = openpyxl.load_workbook(path)
def clean(text):
    return str(text).replace("\t", " ").replace("\n", " ").replace("\x1f", " ")
for sheet in book.worksheets:
    print("S\t" + clean(sheet.title))
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if value is None:
                kind, text = "e", ""
            elif isinstance(value, datetime.datetime):
                kind, text = "d", value.date().isoformat()
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                kind, text = "n", repr(float(value))
            else:
                kind, text = "s", clean(value)
            cells.append(kind + "\x1f" + text + "\x1f" + clean(cell.number_format))
        print("R\t" + "\t".join(cells))
archive = zipfile.ZipFile(path)
for name in sorted(archive.namelist()):
    if re.fullmatch(r"xl/charts/chart\d+\.xml", name):
        print("C\t" + name)
        for formula in re.findall(r"<c:f>([^<]*)</c:f>", archive.read(name).decode("utf-8")):
            print("F\t" + formula.replace("&apos;", "'"))
)PY";

std::vector<std::string> split(const std::string& s, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, separator)) parts.push_back(part);
    if (!s.empty() && s.back() == separator) parts.emplace_back();
    return parts;
}

DumpedCell parseCell(const std::string& field) {
    const std::vector<std::string> parts = split(field, '\x1f');
    if (parts.size() != 3) throw std::runtime_error("unexpected cell dump: " + field);
    DumpedCell cell;
    cell.format = parts[2];
    if (parts[0] == "n") {
        cell.type = DumpedCell::Type::Number;
        cell.number = std::stod(parts[1]);
    } else if (parts[0] == "s") {
        cell.type = DumpedCell::Type::Text;
        cell.text = parts[1];
    } else if (parts[0] == "d") {
        cell.type = DumpedCell::Type::Date;
        cell.text = parts[1];
    }
    return cell;
}

}  // namespace

DumpedWorkbook dumpWorkbook(const std::string& xlsx) {
    const std::string script = makeTempDir("xlsx-dump") + "/dump.py";
    std::ofstream(script) << kDumpScript;
    const CommandResult r = runShell("/usr/bin/python3 " + shellQuote(script) + " " + shellQuote(xlsx));
    if (r.exitCode != 0) throw std::runtime_error("openpyxl cannot read " + xlsx + ": " + r.err);

    DumpedWorkbook book;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
        const size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const std::string kind = line.substr(0, tab), rest = line.substr(tab + 1);
        if (kind == "S") {
            book.sheets.push_back({rest, {}});
        } else if (kind == "R" && !book.sheets.empty()) {
            std::vector<DumpedCell> row;
            for (const std::string& field : split(rest, '\t')) row.push_back(parseCell(field));
            book.sheets.back().rows.push_back(std::move(row));
        } else if (kind == "C") {
            book.charts.push_back({rest, {}});
        } else if (kind == "F" && !book.charts.empty()) {
            book.charts.back().ranges.push_back(rest);
        }
    }
    return book;
}

std::vector<std::vector<std::string>> chartRangesOn(const DumpedWorkbook& book, const std::string& sheet) {
    std::vector<std::vector<std::string>> charts;
    for (const DumpedChart& chart : book.charts) {
        bool onSheet = !chart.ranges.empty();
        for (const std::string& range : chart.ranges)
            onSheet = onSheet && (range.rfind(sheet + "!", 0) == 0 || range.rfind("'" + sheet + "'!", 0) == 0);
        if (onSheet) charts.push_back(chart.ranges);
    }
    return charts;
}

}  // namespace fd::e2e
