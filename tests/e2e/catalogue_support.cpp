#include "catalogue_support.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "e2e_support.h"

namespace fd::e2e::catalogue {

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) out.push_back(line);
    return out;
}

std::string trimmed(const std::string& s) {
    const size_t first = s.find_first_not_of(" \t\f\r");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\f\r") - first + 1);
}

// "Title . . . . . 12" -> {"Title", 12}; false when the line does not end with leaders and a number.
bool parseTocLine(const std::string& line, std::string& title, int& page) {
    const std::string t = trimmed(line);
    size_t digits = t.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(t[digits - 1]))) --digits;
    if (digits == t.size() || t.find(". . .") == std::string::npos) return false;
    std::string rest = t.substr(0, digits);
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ' ')) rest.pop_back();
    if (rest.empty()) return false;
    title = rest;
    page = std::stoi(t.substr(digits));
    return true;
}

// The body of a page: pdftotext -layout without the running header and footer, which sit
// outside the page margins (layout: 70 pt at the top, 60 pt at the bottom, A4).
std::string bodyText(const std::string& pdf, int page) {
    const std::string range = std::to_string(page);
    const CommandResult r = runShell("pdftotext -enc UTF-8 -layout -f " + range + " -l " + range +
                                     " -x 0 -y 66 -W 596 -H 714 " + shellQuote(pdf) + " -");
    if (r.exitCode != 0) throw std::runtime_error("pdftotext failed on " + pdf + ": " + r.err);
    return r.out;
}

std::string runPython(const std::string& script, const std::string& argument) {
    const std::string file = makeTempDir("catalogue-py") + "/script.py";
    std::ofstream(file) << script;
    const CommandResult r = runShell("/usr/bin/python3 " + shellQuote(file) + " " + shellQuote(argument));
    if (r.exitCode != 0) throw std::runtime_error("python failed on " + argument + ": " + r.err);
    return r.out;
}

}  // namespace

const std::string& catalogueOutput(const std::string& sample) {
    static std::map<std::string, std::string> outputs;
    auto found = outputs.find(sample);
    if (found != outputs.end()) return found->second;
    const std::string out = makeTempDir("catalogue-" + sample);
    const CommandResult r = runFormadoc({"catalogue", sampleDir(sample), "--out", out}, {kCatalogueEpoch});
    if (r.exitCode != 0) ADD_FAILURE() << "formadoc catalogue " << sample << " exited " << r.exitCode << ": " << r.err;
    return outputs.emplace(sample, out).first->second;
}

std::string cataloguePdf(const std::string& sample, const std::string& lang) {
    return catalogueOutput(sample) + "/catalogue." + lang + ".pdf";
}

std::string catalogueXlsx(const std::string& sample, const std::string& lang) {
    return catalogueOutput(sample) + "/catalogue." + lang + ".xlsx";
}

int pageCount(const std::string& pdf) {
    const CommandResult r = runShell("pdfinfo " + shellQuote(pdf));
    for (const std::string& line : lines(r.out))
        if (line.rfind("Pages:", 0) == 0) return std::stoi(trimmed(line.substr(6)));
    throw std::runtime_error("pdfinfo gives no page count for " + pdf);
}

std::string layoutText(const std::string& pdf, int page) {
    const std::string range = std::to_string(page);
    const CommandResult r =
        runShell("pdftotext -enc UTF-8 -layout -f " + range + " -l " + range + " " + shellQuote(pdf) + " -");
    if (r.exitCode != 0) throw std::runtime_error("pdftotext failed on " + pdf + ": " + r.err);
    return r.out;
}

std::string pageTop(const std::string& pdf, int page, int count) {
    std::string top;
    for (const std::string& line : lines(bodyText(pdf, page))) {
        if (trimmed(line).empty()) continue;
        top += line + '\n';
        if (--count == 0) break;
    }
    return normaliseSpaces(top);
}

std::vector<PageEntry> tocEntries(const std::string& pdf, int& lastPage) {
    std::vector<PageEntry> entries;
    lastPage = 1;
    const int pages = pageCount(pdf);
    for (int page = 2; page <= pages; ++page) {
        std::vector<std::string> body = lines(bodyText(pdf, page));
        std::string pending;           // the first lines of a title that wraps
        bool titleSkipped = page > 2;  // the TOC's own title opens its first page
        size_t before = entries.size();
        for (const std::string& line : body) {
            std::string title;
            int target = 0;
            if (parseTocLine(line, title, target)) {
                entries.push_back({normaliseSpaces(pending.empty() ? title : pending + " " + title), target});
                pending.clear();
            } else if (!trimmed(line).empty()) {
                if (!titleSkipped) {
                    titleSkipped = true;
                    continue;
                }
                pending = pending.empty() ? trimmed(line) : pending + " " + trimmed(line);
            }
        }
        if (entries.size() == before) break;   // the first page without entries ends the TOC
        lastPage = page;
    }
    return entries;
}

std::vector<OutlineItem> outline(const std::string& pdf) {
    static const char* const kScript = R"PY(
import json, subprocess, sys
data = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", sys.argv[1]],
                                 check=True, capture_output=True).stdout)
def walk(items, depth):
    for item in items:
        print("%d\t%d\t%s" % (depth, item.get("destpageposfrom1") or 0, item["title"].replace("\t", " ")))
        walk(item.get("kids", []), depth + 1)
walk(data["outlines"], 1)
)PY";
    std::vector<OutlineItem> items;
    for (const std::string& line : lines(runPython(kScript, pdf))) {
        const size_t a = line.find('\t'), b = line.find('\t', a + 1);
        if (a == std::string::npos || b == std::string::npos) continue;
        items.push_back({line.substr(b + 1), std::stoi(line.substr(0, a)), std::stoi(line.substr(a + 1, b - a - 1))});
    }
    return items;
}

std::map<std::string, std::string> courseTitles(const std::string& xlsx) {
    static const char* const kScript = R"PY(
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for row in sheet.iter_rows(min_row=2, values_only=True):
    print("%s\t%s" % (row[5], str(row[6]).replace("\t", " ")))
)PY";
    std::map<std::string, std::string> titles;
    for (const std::string& line : lines(runPython(kScript, xlsx))) {
        const size_t tab = line.find('\t');
        if (tab != std::string::npos) titles[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return titles;
}

}  // namespace fd::e2e::catalogue
