// Helpers shared by the catalogue end-to-end tests (tests/e2e/catalogue_*.cpp): the catalogues of
// the sample workspaces, generated once per test run with a pinned build date, and what the
// independent tools (pdftotext, qpdf, openpyxl) read in them.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace fd::e2e::catalogue {

// 2026-09-15: every sample course was updated before it, and each sample has sessions to come.
inline const char* const kCatalogueEpoch = "SOURCE_DATE_EPOCH=1789430400";

// The output folder of `formadoc catalogue samples/<sample>` for every language the sample
// declares, run once per test run; the test fails if the command does not succeed.
const std::string& catalogueOutput(const std::string& sample);

std::string cataloguePdf(const std::string& sample, const std::string& lang);
std::string catalogueXlsx(const std::string& sample, const std::string& lang);

// Entries of a table of contents or an index as pdftotext -layout prints them: a title (over
// one or more lines) and the page number at the end of its last line.
struct PageEntry {
    std::string title;   // spaces normalised
    int page = 0;
};
// The table of contents: the pages from page 2 on whose lines end with dot leaders and a number.
// `lastPage` receives the last page of the table of contents.
std::vector<PageEntry> tocEntries(const std::string& pdf, int& lastPage);

// The first `lines` lines of a page below its running header, spaces normalised: where a
// course's entry, which opens a page, shows its domain and title.
std::string pageTop(const std::string& pdf, int page, int lines = 6);

// Outline items with their depth (1 = top level) and the 1-based page they open, as qpdf reads them.
struct OutlineItem {
    std::string title;
    int depth = 0;
    int page = 0;
};
std::vector<OutlineItem> outline(const std::string& pdf);

int pageCount(const std::string& pdf);
// pdftotext -layout of one 1-based page.
std::string layoutText(const std::string& pdf, int page);

// Course reference -> title, from the first sheet of the workbook (columns 6 and 7 of the French
// workbook, found by header in any language).
std::map<std::string, std::string> courseTitles(const std::string& xlsx);

}  // namespace fd::e2e::catalogue
