// The bulk path's fonts (PdfWriteOptions::stockFontSubsets), checked with qpdf and poppler:
// embedded Unicode subsets with a subset tag, exact text, the same pixels as a document's own
// subsets, a document subset for text outside the stock repertoire, and the size it costs.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "writers/pdf/pdf_writer.h"
#include "writers_pdf_batch_support.h"

namespace fd::pdf {
namespace {

using batch_testing::certificate;
using batch_testing::kAccentedLine;
using batch_testing::tool;
using layout::Face;
using writers_testing::readFile;
using writers_testing::ScratchDir;

PdfWriteOptions stock() {
    PdfWriteOptions options;
    options.stockFontSubsets = true;
    return options;
}

struct FontRow {
    std::string name;
    bool embedded = false, subset = false, unicode = false;
};

// pdffonts' rows (name, then the emb/sub/uni columns); every font must be a CID TrueType font.
std::vector<FontRow> fontsOf(const std::string& pdf) {
    std::vector<FontRow> rows;
    std::istringstream lines(tool("pdffonts", pdf));
    const std::regex row(R"(^(\S+)\s+CID TrueType\s+Identity-H\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)");
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
        std::smatch match;
        EXPECT_TRUE(std::regex_match(line, match, row)) << line;
        if (match.empty()) continue;
        rows.push_back({match[1], match[2] == "yes", match[3] == "yes", match[4] == "yes"});
    }
    return rows;
}

// Font name (without its subset tag) → the tagged name pdffonts reports.
std::map<std::string, std::string> tagsOf(const std::string& pdf) {
    std::map<std::string, std::string> tags;
    for (const FontRow& row : fontsOf(pdf)) tags[row.name.substr(row.name.find('+') + 1)] = row.name;
    return tags;
}

// The glyph → Unicode pairs of each ToUnicode map in the file, read from qpdf's QDF form.
std::vector<std::map<std::string, std::string>> toUnicodeMaps(const ScratchDir& dir, const std::string& pdf) {
    const std::string qdf = dir.file("qdf.pdf");
    tool("qpdf --qdf --object-streams=disable", pdf, writers_testing::shellQuote(qdf));
    const std::string text = readFile(qdf);
    std::vector<std::map<std::string, std::string>> maps;
    const std::regex range(R"(<([0-9A-F]{4})> <([0-9A-F]{4})> \[([^\]]*)\])");
    const std::regex code("<([0-9A-F]{4})>");
    for (size_t at = text.find("begincmap"); at != std::string::npos; at = text.find("begincmap", at + 1)) {
        const std::string cmap = text.substr(at, text.find("endcmap", at) - at);
        std::map<std::string, std::string> pairs;
        for (auto r = std::sregex_iterator(cmap.begin(), cmap.end(), range); r != std::sregex_iterator(); ++r) {
            unsigned glyph = std::stoul((*r)[1], nullptr, 16);
            const std::string targets = (*r)[3];
            for (auto c = std::sregex_iterator(targets.begin(), targets.end(), code); c != std::sregex_iterator(); ++c) {
                char hex[5];
                std::snprintf(hex, sizeof hex, "%04X", glyph++);
                pairs[hex] = (*c)[1];
            }
        }
        maps.push_back(pairs);
    }
    return maps;
}

class StockFontsTest : public ::testing::Test {
protected:
    ScratchDir dir;
    layout::FontFiles fonts = layout::FontFiles::debianDefaults();
};

TEST_F(StockFontsTest, EmbedsTaggedUnicodeSubsetsThatPassQpdf) {
    const std::string pdf = dir.file("stock.pdf");
    writePdf(certificate("Éloïse Lefèvre-Œuvray"), fonts, pdf, stock());
    EXPECT_NE(tool("qpdf --check", pdf).find("No syntax or stream encoding errors found"), std::string::npos);
    const std::vector<FontRow> rows = fontsOf(pdf);
    ASSERT_EQ(rows.size(), 3u);
    for (const FontRow& row : rows) {
        EXPECT_TRUE(std::regex_match(row.name, std::regex("[A-Z]{6}\\+LiberationSans(-Bold|-Italic)?"))) << row.name;
        EXPECT_TRUE(row.embedded && row.subset && row.unicode) << row.name;
    }
}

TEST_F(StockFontsTest, TextExtractsExactly) {
    const std::string pdf = dir.file("text.pdf");
    writePdf(certificate("Łucja Wąsowska-Dziedzic"), fonts, pdf, stock());
    const std::string text = tool("pdftotext -enc UTF-8", pdf, "-");
    // poppler extracts U+202F and U+00A0 as plain spaces (their own glyphs: the next test).
    EXPECT_NE(text.find("Œuvre de Łukasz Straße : « l’été » 1 250,50 €"), std::string::npos) << text;
    EXPECT_NE(text.find("Łucja Wąsowska-Dziedzic"), std::string::npos) << text;
    EXPECT_NE(text.find("Délivré à Nantes — « vérifiable en ligne »"), std::string::npos) << text;
}

TEST_F(StockFontsTest, SpacesKeepTheirOwnGlyphsAndUnicodeValues) {
    const std::string pdf = dir.file("spaces.pdf");
    writePdf(certificate("Anne"), fonts, pdf, stock());
    const auto maps = toUnicodeMaps(dir, pdf);
    ASSERT_EQ(maps.size(), 3u);
    for (const auto& pairs : maps) {
        std::map<std::string, std::string> glyphOf;
        for (const auto& [glyph, unicode] : pairs) glyphOf[unicode] = glyph;
        for (const char* unicode : {"0020", "00A0", "202F", "2019", "0152", "0141", "00DF", "00AB", "00BB", "20AC"})
            EXPECT_EQ(glyphOf.count(unicode), 1u) << "no glyph maps back to U+" << unicode;
        EXPECT_NE(glyphOf["0020"], glyphOf["00A0"]);
        EXPECT_NE(glyphOf["0020"], glyphOf["202F"]);
    }
}

TEST_F(StockFontsTest, DrawsTheSamePixelsAsADocumentsOwnSubsets) {
    // The stock program has no hinting and other glyphs besides; the glyphs drawn must not change.
    const layout::LaidOutDocument document = certificate("Éloïse Lefèvre-Œuvray");
    writePdf(document, fonts, dir.file("own.pdf"));
    writePdf(document, fonts, dir.file("stock.pdf"), stock());
    for (const char* name : {"own", "stock"})
        tool("pdftoppm -r 110 -gray", dir.file(std::string(name) + ".pdf"), writers_testing::shellQuote(dir.file(name)));
    const std::string own = readFile(dir.file("own-1.pgm")), stockPixels = readFile(dir.file("stock-1.pgm"));
    EXPECT_GT(own.size(), 100000u);
    EXPECT_TRUE(own == stockPixels) << "the stock subsets render differently";
}

TEST_F(StockFontsTest, CharactersOutsideTheRepertoireGetTheDocumentsOwnSubset) {
    // Cyrillic is in Liberation Sans but not in the stock repertoire; ✓ and Armenian come from
    // the DejaVu fallback. Those two faces are cut for the document, bold stays stock.
    layout::LaidOutDocument document = certificate("Жанна Петрова");
    batch_testing::declare(document, Face::FallbackRegular);
    document.pages[0].ops.push_back(batch_testing::textOp(Face::FallbackRegular, 680, "✓ Արամ"));
    const std::string mixed = dir.file("mixed.pdf");
    writePdf(document, fonts, mixed, stock());
    const std::string latin = dir.file("latin.pdf");
    writePdf(certificate("Anne"), fonts, latin, stock());

    EXPECT_EQ(tool("qpdf --check", mixed).find("ERROR"), std::string::npos);
    for (const FontRow& row : fontsOf(mixed)) EXPECT_TRUE(row.embedded && row.subset && row.unicode) << row.name;
    const std::string text = tool("pdftotext -enc UTF-8", mixed, "-");
    EXPECT_NE(text.find("Жанна Петрова"), std::string::npos) << text;
    EXPECT_NE(text.find("✓ Արամ"), std::string::npos) << text;

    auto mixedTags = tagsOf(mixed), latinTags = tagsOf(latin);
    ASSERT_EQ(mixedTags.count("DejaVuSans"), 1u);
    EXPECT_EQ(mixedTags["LiberationSans-Bold"], latinTags["LiberationSans-Bold"]) << "bold: the stock subset";
    EXPECT_EQ(mixedTags["LiberationSans-Italic"], latinTags["LiberationSans-Italic"]) << "italic: the stock subset";
    EXPECT_NE(mixedTags["LiberationSans"], latinTags["LiberationSans"]) << "regular: cut for the Cyrillic name";
}

TEST_F(StockFontsTest, ACertificateWithEveryLiberationFaceStaysUnderAHundredKilobytes) {
    layout::LaidOutDocument document = certificate("Éloïse Lefèvre-Œuvray");
    batch_testing::declare(document, Face::BoldItalic);
    document.pages[0].ops.push_back(batch_testing::textOp(Face::BoldItalic, 660, "Signature"));
    const std::string pdf = dir.file("size.pdf");
    writePdf(document, fonts, pdf, stock());
    EXPECT_EQ(fontsOf(pdf).size(), 4u);
    EXPECT_LT(readFile(pdf).size(), 100u * 1024u);
}

TEST_F(StockFontsTest, DocumentsWithoutTheOptionKeepTheirOwnSubsets) {
    const layout::LaidOutDocument document = certificate("Anne");
    writePdf(document, fonts, dir.file("own.pdf"));
    writePdf(document, fonts, dir.file("stock.pdf"), stock());
    const auto own = tagsOf(dir.file("own.pdf")), stockTags = tagsOf(dir.file("stock.pdf"));
    ASSERT_EQ(own.size(), 3u);
    for (const auto& [font, tagged] : own) EXPECT_NE(tagged, stockTags.at(font)) << font;
    EXPECT_LT(readFile(dir.file("own.pdf")).size(), readFile(dir.file("stock.pdf")).size());
}

}  // namespace
}  // namespace fd::pdf
