// The direct assembly (writers/pdf/direct_writer.h) against PoDoFo's, on the same laid-out
// pages: qpdf finds no error, and poppler reads the same text, fonts, images, pixels, links,
// outline and metadata from both files.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "writers/pdf/direct_writer.h"
#include "writers/pdf/pdf_writer.h"
#include "writers_pdf_sample.h"

namespace fd::pdf {
namespace {

using namespace pdf_testing;

PdfWriteOptions assembly(bool direct) {
    PdfWriteOptions options;
    options.stockFontSubsets = true;
    options.directWhenPossible = direct;
    return options;
}

// The sample with a QR-like grid.
layout::LaidOutDocument directSample(const ScratchDir& dir) {
    layout::LaidOutDocument document = sampleDocument(dir);
    layout::ModulesOp grid;
    grid.x = 400, grid.y = 80, grid.module = 3, grid.columns = 3;
    grid.dark = {1, 1, 0, 0, 1, 0, 1, 1, 1};
    document.pages[0].ops.push_back(grid);
    return document;
}

// pdffonts' rows without the object numbers (which differ), sorted.
std::vector<std::string> fontRows(const std::string& pdf) {
    std::istringstream lines(tool("pdffonts", pdf));
    std::vector<std::string> rows;
    std::string line;
    while (std::getline(lines, line))
        if (line.find("Identity-H") != std::string::npos) rows.push_back(std::regex_replace(line, std::regex(R"(\s+\d+\s+\d+\s*$)"), ""));
    std::sort(rows.begin(), rows.end());
    return rows;
}

class DirectWriterTest : public ::testing::Test {
protected:
    void SetUp() override {
        document = directSample(dir);
        writePdf(document, fonts, direct, assembly(true));
        writePdf(document, fonts, podofo, assembly(false));
    }
    ScratchDir dir;
    layout::FontFiles fonts = layout::FontFiles::debianDefaults();
    layout::LaidOutDocument document;
    const std::string direct = dir.file("direct.pdf"), podofo = dir.file("podofo.pdf");
};

TEST_F(DirectWriterTest, AppliesOnlyWhenEveryFaceIsAStockSubset) {
    EXPECT_TRUE(directlyWritable(document, chooseStockSubsets(document, fonts)));
    layout::LaidOutDocument armenian = document;
    armenian.pages[1].ops.push_back(text(Face::Italic, 56, 600, "Արամ"));
    EXPECT_FALSE(directlyWritable(armenian, chooseStockSubsets(armenian, fonts)));
    EXPECT_NE(writers_testing::readFile(direct), writers_testing::readFile(podofo)) << "the option changed nothing";
}

TEST_F(DirectWriterTest, PassesQpdfCheck) {
    const std::string output = tool("qpdf --check", direct);
    EXPECT_NE(output.find("No syntax or stream encoding errors found"), std::string::npos) << output;
}

TEST_F(DirectWriterTest, SameTextFontsAndImagesAsPodofo) {
    EXPECT_EQ(tool("pdftotext -enc UTF-8 -layout", direct, "-"), tool("pdftotext -enc UTF-8 -layout", podofo, "-"));
    EXPECT_NE(tool("pdftotext -enc UTF-8", direct, "-").find("Formação — Éric Ñúñez, œ"), std::string::npos);
    EXPECT_EQ(fontRows(direct), fontRows(podofo));
    EXPECT_EQ(fontRows(direct).size(), 3u);
    const std::string directImages = tool("pdfimages -list", direct), podofoImages = tool("pdfimages -list", podofo);
    EXPECT_EQ(std::count(directImages.begin(), directImages.end(), '\n'),
              std::count(podofoImages.begin(), podofoImages.end(), '\n'));
    EXPECT_NE(directImages.find("smask"), std::string::npos) << directImages;
    EXPECT_NE(directImages.find("jpeg"), std::string::npos) << directImages;
}

TEST_F(DirectWriterTest, SamePixelsAsPodofo) {
    tool("pdftoppm -r 72 -gray", direct, shellQuote(dir.file("direct")));
    tool("pdftoppm -r 72 -gray", podofo, shellQuote(dir.file("podofo")));
    for (const char* page : {"-1.pgm", "-2.pgm"}) {
        const std::string a = writers_testing::readFile(dir.file(std::string("direct") + page));
        const std::string b = writers_testing::readFile(dir.file(std::string("podofo") + page));
        EXPECT_GT(a.size(), 100000u) << page;
        EXPECT_TRUE(a == b) << "page " << page << " renders differently";
    }
}

TEST_F(DirectWriterTest, SameMetadataAsPodofo) {
    std::map<std::string, std::string> a = pdfinfo(direct), b = pdfinfo(podofo);
    for (const char* key : {"Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate",
                            "Pages", "Page size", "PDF version"}) {
        EXPECT_FALSE(a[key].empty()) << key;
        EXPECT_EQ(a[key], b[key]) << key;
    }
    EXPECT_EQ(a["Title"], "Certificat de réalisation — Éric Ñúñez");
    EXPECT_NE(qdf(dir, direct).find("/Lang (fr-FR)"), std::string::npos);
}

TEST_F(DirectWriterTest, LinksKeepTheirUriAndTheirDestination) {
    const std::string raw = qdf(dir, direct);
    EXPECT_NE(raw.find("/URI (https://example.org/v/ABC1000)"), std::string::npos);
    EXPECT_NE(raw.find("/Border [ 0 0 0 ]"), std::string::npos);
    EXPECT_NE(raw.find("/M (D:20260101000000Z)"), std::string::npos);
    std::smatch page2;
    ASSERT_TRUE(std::regex_search(raw, page2, std::regex("%% Page 2 %% Original object ID: \\d+ 0 (\\d+) 0 obj")));
    EXPECT_NE(raw.find("/Dest [ " + page2[1].str() + " 0 R /XYZ 0 700 0 ]"), std::string::npos);
}

TEST_F(DirectWriterTest, SameOutlineAsPodofo) {
    EXPECT_EQ(outlineOf(dir, direct, /*withOpen=*/true), "1 Certificat 1 True\n2 Détails 1 True\n1 Annexe 2 True\n");
    EXPECT_EQ(outlineOf(dir, direct, true), outlineOf(dir, podofo, true));
    EXPECT_NE(qdf(dir, direct).find("/Count 3 /First"), std::string::npos) << "the outline root counts every item";
    layout::LaidOutDocument lost = document;
    lost.bookmarks.push_back({1, "Ailleurs", 5, 100});
    EXPECT_THROW(pdfBytes(lost, fonts, assembly(true)), std::logic_error);
}

TEST_F(DirectWriterTest, IdentifierDiffersBetweenDocumentsAndNotBetweenRuns) {
    const std::regex id(R"(/ID\[<([0-9A-F]{32})><\1>\])");
    std::smatch first, again, other;
    const std::string a = pdfBytes(document, fonts, assembly(true));
    const std::string b = pdfBytes(document, fonts, assembly(true));
    layout::LaidOutDocument changed = document;
    changed.pages[0].ops.push_back(text(Face::Regular, 56, 300, "Éloïse"));
    const std::string c = pdfBytes(changed, fonts, assembly(true));
    ASSERT_TRUE(std::regex_search(a, first, id));
    ASSERT_TRUE(std::regex_search(b, again, id));
    ASSERT_TRUE(std::regex_search(c, other, id));
    EXPECT_TRUE(a == b);
    EXPECT_NE(first[1].str(), other[1].str());
}

TEST_F(DirectWriterTest, LinkToAMissingPageIsALogicError) {
    layout::LinkOp broken;
    broken.targetPage = 7;
    document.pages[0].ops.push_back(broken);
    EXPECT_THROW(pdfBytes(document, fonts, assembly(true)), std::logic_error);
}

}  // namespace
}  // namespace fd::pdf
