// The page numbers of the catalogue, read back with pdftotext and qpdf from the PDFs of both
// samples in their three languages: every table of contents entry, every index row and every
// bookmark leads to the page that shows its title (FR-CAT-01: each course's entry can be found
// from the contents, the index by reference and the outline).
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "catalogue_support.h"
#include "e2e_support.h"

namespace fd::e2e {
namespace {

using namespace catalogue;

struct Case {
    const char* sample;
    const char* lang;
};
const Case kCases[] = {{"fr-organisme", "fr"}, {"fr-organisme", "en"}, {"fr-organisme", "pt"},
                       {"pt-entidade", "pt"},  {"pt-entidade", "en"},  {"pt-entidade", "fr"}};

std::string pageText(const std::string& pdf, int page) { return normaliseSpaces(pdfText(pdf, page)); }

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

TEST(CataloguePages, FrCat01EveryTocEntryPointsAtThePageShowingItsTitle) {
    for (const Case& c : kCases) {
        SCOPED_TRACE(std::string(c.sample) + " " + c.lang);
        const std::string pdf = cataloguePdf(c.sample, c.lang);
        int lastTocPage = 0;
        const std::vector<PageEntry> entries = tocEntries(pdf, lastTocPage);
        const std::map<std::string, std::string> titles = courseTitles(catalogueXlsx(c.sample, c.lang));
        ASSERT_GT(entries.size(), titles.size()) << "domains, courses and the other parts";
        const int pages = pageCount(pdf);
        std::set<std::string> coursesListed;
        for (const PageEntry& entry : entries) {
            ASSERT_GT(entry.page, lastTocPage) << entry.title;
            ASSERT_LE(entry.page, pages) << entry.title;
            EXPECT_TRUE(contains(pageText(pdf, entry.page), entry.title))
                << "TOC entry \"" << entry.title << "\" points at page " << entry.page;
            for (const auto& [reference, title] : titles) {
                if (normaliseSpaces(title) != entry.title) continue;
                coursesListed.insert(reference);
                EXPECT_TRUE(contains(pageTop(pdf, entry.page), entry.title)) << entry.title << " opens its page";
            }
        }
        EXPECT_EQ(coursesListed.size(), titles.size()) << "every course has its TOC entry";
    }
}

TEST(CataloguePages, FrCat01EveryIndexRowPointsAtItsCoursesEntry) {
    for (const Case& c : kCases) {
        SCOPED_TRACE(std::string(c.sample) + " " + c.lang);
        const std::string pdf = cataloguePdf(c.sample, c.lang);
        const std::map<std::string, std::string> titles = courseTitles(catalogueXlsx(c.sample, c.lang));
        ASSERT_FALSE(titles.empty());
        // The index closes the catalogue: its rows start with a reference and end with a page.
        const std::regex row(R"(^\s*(\S+)\s.*\s(\d+)\s*$)");
        std::map<std::string, int> indexed;
        for (int page = pageCount(pdf); page > 0 && indexed.size() < titles.size(); --page) {
            std::istringstream text(layoutText(pdf, page));
            std::string line;
            std::smatch m;
            while (std::getline(text, line))
                if (std::regex_match(line, m, row) && titles.count(m[1])) indexed[m[1]] = std::stoi(m[2]);
        }
        ASSERT_EQ(indexed.size(), titles.size()) << "every course is in the index";
        for (const auto& [reference, page] : indexed)
            EXPECT_TRUE(contains(pageTop(pdf, page), normaliseSpaces(titles.at(reference))))
                << reference << " is indexed at page " << page;
    }
}

TEST(CataloguePages, FrCat01EveryCourseIsABookmarkUnderItsDomain) {
    for (const Case& c : kCases) {
        SCOPED_TRACE(std::string(c.sample) + " " + c.lang);
        const std::string pdf = cataloguePdf(c.sample, c.lang);
        const std::map<std::string, std::string> titles = courseTitles(catalogueXlsx(c.sample, c.lang));
        const std::vector<OutlineItem> items = outline(pdf);
        size_t found = 0;
        for (const auto& [reference, title] : titles) {
            for (const OutlineItem& item : items) {
                if (item.title != title) continue;
                ++found;
                EXPECT_EQ(item.depth, 2) << title << " nests under its domain";
                EXPECT_TRUE(contains(pageTop(pdf, item.page), normaliseSpaces(title))) << title;
            }
        }
        EXPECT_EQ(found, titles.size());
    }
}

}  // namespace
}  // namespace fd::e2e
