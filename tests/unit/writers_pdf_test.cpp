// The PDF writer, checked with tools that do not share its code: qpdf, pdffonts, pdftotext,
// pdfinfo, pdfimages. Documents are built by hand so the layout engine is not involved.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <sstream>
#include <regex>
#include <stdexcept>
#include <string>

#include "layout/page.h"
#include "util/atomic_file.h"
#include "writers/pdf/pdf_writer.h"
#include "writers_test_support.h"

namespace fd::pdf {
namespace {

using fd::writers_testing::CommandResult;
using fd::writers_testing::run;
using fd::writers_testing::ScratchDir;
using fd::writers_testing::shellQuote;
using layout::Face;

// U+202F narrow no-break space and U+00A0 no-break space, as ICU writes French amounts.
const std::string kAccented = "Formação — Éric Ñúñez, œ, 1\u202F" "250,50\u00A0€";
const std::string kJustified = "Prévention des risques professionnels";
const int64_t kCreated = 1767225600;   // 2026-01-01T00:00:00Z

void declare(layout::LaidOutDocument& document, Face face) {
    document.faceUsed[static_cast<int>(face)] = true;
}

layout::TextOp text(Face face, double x, double y, const std::string& content, double size = 11) {
    layout::TextOp op;
    op.face = face;
    op.size = size;
    op.x = x;
    op.y = y;
    op.text = content;
    return op;
}

// Two pages with every kind of op, three bookmarks and full metadata.
layout::LaidOutDocument sampleDocument(const ScratchDir& dir) {
    fd::writers_testing::writeFile(dir.file("logo.png"), fd::writers_testing::solidPng(4, 3, 0x1F4E7980));
    fd::writers_testing::writeFile(dir.file("photo.jpeg"), fd::writers_testing::tinyJpeg());

    layout::LaidOutDocument document;
    document.metadata.title = "Certificat de réalisation — Éric Ñúñez";
    document.metadata.author = "Organisme Lumière";
    document.metadata.subject = "Attestation";
    document.metadata.keywords = "formation, qualiopi";
    document.metadata.language = "fr-FR";
    document.metadata.creator = "formadoc 0.1.0";
    document.metadata.created = kCreated;
    declare(document, Face::Regular);
    declare(document, Face::Bold);
    declare(document, Face::Italic);

    layout::Page first;
    first.ops.push_back(text(Face::Bold, 56, 780, "Certificat de réalisation", 18));
    first.ops.push_back(text(Face::Regular, 56, 740, kAccented));
    layout::TextOp justified = text(Face::Regular, 56, 720, kJustified);
    justified.spaceExtra = 6.5;
    justified.colour = 0x1F4E79;
    first.ops.push_back(justified);
    layout::RectOp frame;
    frame.x = 40, frame.y = 40, frame.w = 515, frame.h = 760;
    frame.stroke = 0x1F4E79;
    first.ops.push_back(frame);
    layout::RectOp band;
    band.x = 40, band.y = 600, band.w = 515, band.h = 20;
    band.fill = 0xEEF3F8;
    first.ops.push_back(band);
    layout::LineOp signature;
    signature.x1 = 300, signature.y1 = 100, signature.x2 = 500, signature.y2 = 100;
    signature.dashed = true;
    first.ops.push_back(signature);
    first.ops.push_back(layout::ImageOp{dir.file("logo.png"), 460, 770, 64, 48});
    first.ops.push_back(layout::ImageOp{dir.file("photo.jpeg"), 56, 500, 40, 40});
    layout::LinkOp web;
    web.x = 56, web.y = 680, web.w = 200, web.h = 12;
    web.uri = "https://example.org/v/ABC1000";
    first.ops.push_back(web);
    layout::LinkOp internal;
    internal.x = 56, internal.y = 660, internal.w = 200, internal.h = 12;
    internal.targetPage = 1;
    internal.targetY = 700;
    first.ops.push_back(internal);
    first.ops.push_back(text(Face::Regular, 56, 680, "https://example.org/v/ABC1000"));

    layout::Page second;
    second.ops.push_back(text(Face::Italic, 56, 700, "Annexe : programme détaillé"));
    second.ops.push_back(layout::ImageOp{dir.file("logo.png"), 460, 770, 64, 48});

    document.pages = {first, second};
    document.bookmarks = {{1, "Certificat", 0, 780}, {2, "Détails", 0, 700}, {1, "Annexe", 1, 700}};
    return document;
}

// Runs `command PDF ARGUMENTS`, expecting success.
std::string tool(const std::string& command, const std::string& pdf, const std::string& arguments = "") {
    CommandResult result = run(command + " " + shellQuote(pdf) + " " + arguments);
    EXPECT_EQ(result.exitCode, 0) << command << ":\n" << result.output;
    return result.output;
}

// qpdf's QDF form (uncompressed, one object per block) with every run of white space
// collapsed to one space, so that dictionaries read as on one line: "/Border [ 0 0 0 ]".
std::string qdf(const ScratchDir& dir, const std::string& pdf) {
    const std::string out = dir.file("qdf.pdf");
    CommandResult result = run("qpdf --qdf --object-streams=disable " + shellQuote(pdf) + " " + shellQuote(out));
    EXPECT_EQ(result.exitCode, 0) << result.output;
    return std::regex_replace(fd::writers_testing::readFile(out), std::regex("\\s+"), " ");
}

// pdfinfo's "Key:   value" lines as a map.
std::map<std::string, std::string> pdfinfo(const std::string& pdf) {
    std::map<std::string, std::string> fields;
    std::istringstream lines(tool("pdfinfo -isodates", pdf));
    std::string line;
    while (std::getline(lines, line)) {
        size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        size_t value = line.find_first_not_of(' ', colon + 1);
        fields[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
    }
    return fields;
}

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
    // qpdf resolves the outline; Python flattens it to "depth title page" lines.
    fd::writers_testing::writeFile(dir.file("flatten_outline.py"),
                           "import json, sys\n"
                           "def walk(items, depth):\n"
                           "    for item in items:\n"
                           "        print(depth, item['title'], item['destpageposfrom1'])\n"
                           "        walk(item['kids'], depth + 1)\n"
                           "walk(json.load(sys.stdin)['outlines'], 1)\n");
    CommandResult outline = run("qpdf --json --json-key=outlines " + shellQuote(pdf) + " | /usr/bin/python3 " +
                                shellQuote(dir.file("flatten_outline.py")));
    ASSERT_EQ(outline.exitCode, 0) << outline.output;
    EXPECT_EQ(outline.output, "1 Certificat 1\n2 Détails 1\n1 Annexe 2\n");
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
    // image cache must bring it along.
    fd::writers_testing::writeFile(dir.file("palette.png"), fd::writers_testing::palettePng(6, 4, 0xC81E28));
    layout::LaidOutDocument document;
    document.pages.push_back(layout::Page{});
    document.pages[0].ops.push_back(layout::ImageOp{dir.file("palette.png"), 100, 100, 60, 40});
    for (const char* name : {"palette1.pdf", "palette2.pdf"}) {
        const std::string pdf = dir.file(name);
        writePdf(document, fonts, pdf);
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
