// The PDF writer, checked with tools that do not share its code: qpdf, pdffonts, pdftotext,
// pdfinfo, pdfimages. Documents are built by hand so the layout engine is not involved.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <sstream>
#include <regex>
#include <stdexcept>
#include <string>
#include <utility>

#include "layout/page.h"
#include "util/atomic_file.h"
#include "writers/pdf/pdf_writer.h"
#include "writers_pdf_sample.h"
#include "writers_test_support.h"

namespace fd::pdf {
namespace {

using namespace pdf_testing;


class PdfWriterTest : public ::testing::Test {
protected:
    ScratchDir dir;
    layout::FontFiles fonts = layout::FontFiles::debianDefaults();
};

TEST_F(PdfWriterTest, PassesQpdfCheck) {
    const std::string pdf = dir.file("sample.pdf");
    writePdf(sampleDocument(dir), fonts, pdf);
    std::string output = tool("qpdf --check", pdf);
    EXPECT_NE(output.find("No syntax or stream encoding errors found"), std::string::npos) << output;
}

TEST_F(PdfWriterTest, EmbedsOnlyTheUsedFacesAsUnicodeSubsets) {
    layout::LaidOutDocument document = sampleDocument(dir);
    declare(document, Face::FallbackBold);   // declared but never drawn: must not be embedded
    const std::string pdf = dir.file("fonts.pdf");
    writePdf(document, fonts, pdf);

    std::string output = tool("pdffonts", pdf);
    std::regex fontLine(R"(^(\S+)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$)");
    std::vector<std::string> names;
    std::istringstream lines(output);
    std::string line;
    int rows = 0;
    while (std::getline(lines, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
        ++rows;
        std::smatch match;
        ASSERT_TRUE(std::regex_match(line, match, fontLine)) << line;
        names.push_back(match[1]);
    }
    EXPECT_EQ(rows, 3) << output;
    for (const std::string& name : names) EXPECT_TRUE(std::regex_match(name, std::regex("[A-Z]{6}\\+.+"))) << name;
    EXPECT_NE(output.find("LiberationSans-Bold"), std::string::npos) << output;
    EXPECT_NE(output.find("LiberationSans-Italic"), std::string::npos) << output;
    EXPECT_EQ(output.find("DejaVu"), std::string::npos) << output;
}

TEST_F(PdfWriterTest, TextExtractsWithAccentsAndWordSpaces) {
    const std::string pdf = dir.file("text.pdf");
    writePdf(sampleDocument(dir), fonts, pdf);
    std::string output = tool("pdftotext -enc UTF-8", pdf, "-");
    // poppler turns U+202F and U+00A0 into plain spaces when it extracts (see the next test).
    EXPECT_NE(output.find("Formação — Éric Ñúñez, œ, 1 250,50 €"), std::string::npos) << output;
    // The justified line: widened gaps, but still single real spaces between the words.
    EXPECT_NE(output.find(kJustified), std::string::npos) << output;
    EXPECT_NE(output.find("Annexe : programme détaillé"), std::string::npos) << output;
}

TEST_F(PdfWriterTest, NoBreakSpacesKeepTheirOwnGlyphsAndUnicodeValues) {
    const std::string pdf = dir.file("nbsp.pdf");
    writePdf(sampleDocument(dir), fonts, pdf);
    // The ToUnicode map of the regular font sends distinct glyphs back to U+0020, U+00A0, U+202F.
    std::string raw = qdf(dir, pdf);
    std::smatch space, noBreak, narrow;
    ASSERT_TRUE(std::regex_search(raw, space, std::regex("<([0-9A-F]{4})> <\\1> \\[ <0020> \\]"))) << raw;
    ASSERT_TRUE(std::regex_search(raw, noBreak, std::regex("<([0-9A-F]{4})> <\\1> \\[ <00A0> \\]"))) << raw;
    ASSERT_TRUE(std::regex_search(raw, narrow, std::regex("<([0-9A-F]{4})> <\\1> \\[ <202F> \\]"))) << raw;
    EXPECT_NE(space[1], noBreak[1]);
    EXPECT_NE(space[1], narrow[1]);
}

TEST_F(PdfWriterTest, JustificationMovesTheWordsRight) {
    // Same line with and without spaceExtra: the last word starts further right when justified.
    auto lastWordX = [this](double spaceExtra) {
        layout::LaidOutDocument document;
        declare(document, Face::Regular);
        layout::TextOp line = text(Face::Regular, 100, 700, "alpha beta gamma");
        line.spaceExtra = spaceExtra;
        document.pages.push_back(layout::Page{});
        document.pages[0].ops.push_back(line);
        const std::string pdf = dir.file("justify.pdf");
        writePdf(document, fonts, pdf);
        std::string html = tool("pdftotext -bbox", pdf, "-");
        std::smatch match;
        EXPECT_TRUE(std::regex_search(html, match, std::regex(R"re(<word xMin="([0-9.]+)"[^>]*>gamma<)re"))) << html;
        return match.size() > 1 ? std::stod(match[1]) : 0.0;
    };
    const double plain = lastWordX(0);
    const double justified = lastWordX(10);
    EXPECT_NEAR(justified - plain, 20.0, 0.5);   // two gaps of 10 points
}

TEST_F(PdfWriterTest, InfoDictionaryLanguageAndVersion) {
    const std::string pdf = dir.file("info.pdf");
    writePdf(sampleDocument(dir), fonts, pdf);
    std::map<std::string, std::string> info = pdfinfo(pdf);
    EXPECT_EQ(info["Title"], "Certificat de réalisation — Éric Ñúñez");
    EXPECT_EQ(info["Author"], "Organisme Lumière");
    EXPECT_EQ(info["Subject"], "Attestation");
    EXPECT_EQ(info["Keywords"], "formation, qualiopi");
    EXPECT_EQ(info["Creator"], "formadoc 0.1.0");
    EXPECT_EQ(info["Producer"], "formadoc 0.1.0");
    EXPECT_EQ(info["CreationDate"], "2026-01-01T00:00:00Z");
    EXPECT_EQ(info["ModDate"], "2026-01-01T00:00:00Z");
    EXPECT_EQ(info["PDF version"], "1.7");
    EXPECT_EQ(info["Pages"], "2");

    std::string raw = qdf(dir, pdf);
    EXPECT_NE(raw.find("/Lang (fr-FR)"), std::string::npos);
    EXPECT_NE(raw.find("/DisplayDocTitle true"), std::string::npos);
    EXPECT_EQ(raw.find("PoDoFo"), std::string::npos) << "library name leaks into the file";
}

TEST_F(PdfWriterTest, TwoWritesAreByteIdentical) {
    const layout::LaidOutDocument document = sampleDocument(dir);
    writePdf(document, fonts, dir.file("a.pdf"));
    writePdf(document, fonts, dir.file("b.pdf"));
    const std::string a = fd::writers_testing::readFile(dir.file("a.pdf"));
    EXPECT_GT(a.size(), 1000u);
    EXPECT_TRUE(a == fd::writers_testing::readFile(dir.file("b.pdf")));
}

TEST_F(PdfWriterTest, LinksHaveNoBorderAndPinnedDates) {
    const std::string pdf = dir.file("links.pdf");
    writePdf(sampleDocument(dir), fonts, pdf);
    std::string raw = qdf(dir, pdf);
    EXPECT_NE(raw.find("/URI (https://example.org/v/ABC1000)"), std::string::npos);
    EXPECT_NE(raw.find("/S /URI"), std::string::npos);
    EXPECT_NE(raw.find("/Subtype /Link"), std::string::npos);
    EXPECT_NE(raw.find("/Border [ 0 0 0 ]"), std::string::npos);
    EXPECT_NE(raw.find("/M (D:20260101000000Z)"), std::string::npos);
    // The internal link goes to the second page, at y = 700.
    std::smatch page2;
    ASSERT_TRUE(std::regex_search(raw, page2, std::regex("%% Page 2 %% Original object ID: \\d+ 0 (\\d+) 0 obj")));
    EXPECT_NE(raw.find("/Dest [ " + page2[1].str() + " 0 R /XYZ 0 700 0 ]"), std::string::npos);
}

TEST_F(PdfWriterTest, BookmarksNestByLevel) {
    const std::string pdf = dir.file("outline.pdf");
    writePdf(sampleDocument(dir), fonts, pdf);
    EXPECT_EQ(outlineOf(dir, pdf), "1 Certificat 1\n2 Détails 1\n1 Annexe 2\n");
    std::string raw = qdf(dir, pdf);
    EXPECT_NE(raw.find("/Count 3 /First"), std::string::npos) << "the outline root counts every item";
}

TEST_F(PdfWriterTest, EachImageIsStoredOnceWhateverTheNumberOfUses) {
    const std::string pdf = dir.file("images.pdf");
    writePdf(sampleDocument(dir), fonts, pdf);
    std::string list = tool("pdfimages -list", pdf);
    // logo drawn on both pages + its soft mask + the JPEG.
    EXPECT_NE(list.find("smask"), std::string::npos) << list;
    EXPECT_NE(list.find("jpeg"), std::string::npos) << list;
    std::string raw = qdf(dir, pdf);
    size_t images = 0;
    for (size_t at = raw.find("/Subtype /Image"); at != std::string::npos; at = raw.find("/Subtype /Image", at + 1))
        ++images;
    EXPECT_EQ(images, 3u) << "PNG, its soft mask and the JPEG, each stored once";
}

TEST_F(PdfWriterTest, PaletteImagesKeepTheirColourTable) {
    // PoDoFo stores a palette PNG with its colour table as a separate object: the copy from the
    // image cache (PoDoFo's assembly) and its serialised text (the direct one) must bring it along.
    fd::writers_testing::writeFile(dir.file("palette.png"), fd::writers_testing::palettePng(6, 4, 0xC81E28));
    layout::LaidOutDocument document;
    document.pages.push_back(layout::Page{});
    document.pages[0].ops.push_back(layout::ImageOp{dir.file("palette.png"), 100, 100, 60, 40});
    PdfWriteOptions direct;
    direct.stockFontSubsets = true;   // no text: every face is covered, the direct serialiser applies
    for (const auto& [name, options] : {std::pair<const char*, PdfWriteOptions>{"palette1.pdf", {}},
                                        {"palette2.pdf", {}}, {"palette-direct.pdf", direct}}) {
        const std::string pdf = dir.file(name);
        writePdf(document, fonts, pdf, options);
        EXPECT_EQ(tool("qpdf --check", pdf).find("ERROR"), std::string::npos);
        EXPECT_NE(tool("pdfimages -list", pdf).find("index"), std::string::npos);
        // Rendered, the middle of the image is the palette's red.
        CommandResult pixel = run("pdftoppm -r 72 -x 130 -y 721 -W 1 -H 1 " + shellQuote(pdf));
        ASSERT_EQ(pixel.exitCode, 0) << pixel.output;
        EXPECT_EQ(pixel.output.substr(pixel.output.size() - 3), std::string("\xC8\x1E\x28", 3)) << name;
    }
}

TEST_F(PdfWriterTest, AnImageChangedOnDiskIsLoadedAgain) {
    auto writeWithLogo = [this](int width, const std::string& name) {
        fd::writers_testing::writeFile(dir.file("changing.png"), fd::writers_testing::solidPng(width, 2, 0x102030FF));
        layout::LaidOutDocument document;
        document.pages.push_back(layout::Page{});
        document.pages[0].ops.push_back(layout::ImageOp{dir.file("changing.png"), 0, 0, 10, 10});
        writePdf(document, fonts, dir.file(name));
        return tool("pdfimages -list", dir.file(name));
    };
    EXPECT_NE(writeWithLogo(3, "first.pdf").find("image       3     2"), std::string::npos);
    EXPECT_NE(writeWithLogo(5, "second.pdf").find("image       5     2"), std::string::npos);
}

TEST_F(PdfWriterTest, ManyPagesGoIntoOneValidPageTree) {
    layout::LaidOutDocument document;
    document.metadata.created = kCreated;
    declare(document, Face::Regular);
    const int count = 1500;
    for (int i = 0; i < count; ++i) {
        layout::Page page;
        page.ops.push_back(text(Face::Regular, 56, 780, "Page " + std::to_string(i + 1)));
        document.pages.push_back(page);
    }
    layout::LinkOp toLast;
    toLast.w = toLast.h = 10;
    toLast.targetPage = count - 1;
    document.pages[0].ops.push_back(toLast);
    const std::string pdf = dir.file("many.pdf");
    auto start = std::chrono::steady_clock::now();
    writePdf(document, fonts, pdf);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 20.0);   // the quadratic page tree took minutes at this scale
    EXPECT_EQ(pdfinfo(pdf)["Pages"], "1500");
    EXPECT_EQ(tool("qpdf --check", pdf).find("ERROR"), std::string::npos);
    CommandResult last = run("pdftotext -f 1500 -l 1500 " + shellQuote(pdf) + " -");
    EXPECT_NE(last.output.find("Page 1500"), std::string::npos) << last.output;
}

TEST_F(PdfWriterTest, MissingGlyphIsAnErrorAndLeavesNoFile) {
    layout::LaidOutDocument document;
    declare(document, Face::Regular);
    document.pages.push_back(layout::Page{});
    document.pages[0].ops.push_back(text(Face::Regular, 56, 700, "Formation 中文"));
    try {
        writePdf(document, fonts, dir.file("cjk.pdf"));
        FAIL() << "expected OutputError";
    } catch (const OutputError& error) {
        EXPECT_NE(std::string(error.what()).find("U+4E2D"), std::string::npos) << error.what();
    }
    EXPECT_EQ(dir.listing(), "");
}

TEST_F(PdfWriterTest, MissingFontFileIsAnErrorAndLeavesNoFile) {
    layout::LaidOutDocument document;
    declare(document, Face::Regular);
    document.pages.push_back(layout::Page{});
    document.pages[0].ops.push_back(text(Face::Regular, 56, 700, "Formation"));
    fonts.paths[static_cast<int>(Face::Regular)] = dir.file("absent.ttf");
    EXPECT_THROW(writePdf(document, fonts, dir.file("nofont.pdf")), OutputError);
    fonts.paths[static_cast<int>(Face::Regular)].clear();
    EXPECT_THROW(writePdf(document, fonts, dir.file("nofont.pdf")), OutputError);
    EXPECT_EQ(dir.listing(), "");
}

TEST_F(PdfWriterTest, UndeclaredFaceIsALayoutBug) {
    layout::LaidOutDocument document;
    declare(document, Face::Regular);
    document.pages.push_back(layout::Page{});
    document.pages[0].ops.push_back(text(Face::Bold, 56, 700, "Gras"));
    EXPECT_THROW(writePdf(document, fonts, dir.file("undeclared.pdf")), std::logic_error);
    EXPECT_EQ(dir.listing(), "");
}

TEST_F(PdfWriterTest, MissingImageLeavesNoFileNorTemporary) {
    layout::LaidOutDocument document;
    document.pages.push_back(layout::Page{});
    document.pages[0].ops.push_back(layout::ImageOp{dir.file("absent.png"), 0, 0, 10, 10});
    EXPECT_THROW(writePdf(document, fonts, dir.file("broken.pdf")), OutputError);
    EXPECT_EQ(dir.listing(), "");
}

TEST_F(PdfWriterTest, UnwritableDestinationThrowsAndLeavesNothing) {
    layout::LaidOutDocument document = sampleDocument(dir);
    const std::string target = "/proc/formadoc-writers-test/out.pdf";   // /proc refuses new entries, even to root
    EXPECT_THROW(writePdf(document, fonts, target), OutputError);
    EXPECT_FALSE(fd::writers_testing::exists(target));
}

TEST_F(PdfWriterTest, ReplacesAnExistingFileAtomically) {
    const std::string pdf = dir.file("again.pdf");
    fd::writers_testing::writeFile(pdf, "old content");
    writePdf(sampleDocument(dir), fonts, pdf);
    EXPECT_EQ(fd::writers_testing::readFile(pdf).rfind("%PDF-1.7", 0), 0u);
    EXPECT_EQ(dir.listing(), "again.pdf logo.png photo.jpeg");
}

}  // namespace
}  // namespace fd::pdf
