// Block builders: lists, checkboxes, key/value tables, images, QR codes, bar charts, signatures.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "layout/image_size.h"
#include "layout/qr.h"
#include "layout_test_support.h"

namespace fd::layout {
namespace {

using test::document;
using test::opsOf;
using test::paragraph;
using test::repeated;
using test::sharedFonts;
using test::textsContaining;

// A scratch directory removed at the end of the test.
class LayoutBlocks : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("fd-layout-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string path = (dir_ / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    static std::string be32(uint32_t v) {
        return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
    }
    static std::string be16(uint32_t v) { return {static_cast<char>(v >> 8), static_cast<char>(v)}; }

    // Only the headers matter to the layout: signature and IHDR for PNG, SOFn for JPEG.
    std::string png(const std::string& name, uint32_t w, uint32_t h) const {
        const std::string ihdr = be32(w) + be32(h) + std::string("\x08\x06\x00\x00\x00", 5);
        return write(name, std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + "IHDR" + ihdr + be32(0));
    }
    std::string jpeg(const std::string& name, uint32_t w, uint32_t h, unsigned char sof = 0xC0) const {
        const std::string app0 = std::string("\xFF\xE0", 2) + be16(16) + std::string("JFIF\0\x01\x01\x00\x00\x01\x00\x01\x00\x00", 14);
        const std::string exif = std::string("\xFF\xE1", 2) + be16(2 + 300) + std::string(300, 'x');   // skipped, not read
        const std::string frame = std::string("\xFF", 1) + static_cast<char>(sof) + be16(17) + "\x08" + be16(h) + be16(w) +
                                  std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
        return write(name, std::string("\xFF\xD8", 2) + app0 + exif + frame + std::string("\xFF\xD9", 2));
    }

    std::filesystem::path dir_;
};

TEST_F(LayoutBlocks, ReadsPixelSizesFromPngAndJpegHeaders) {
    EXPECT_EQ(imagePixelSize(png("logo.png", 640, 200)).width, 640);
    EXPECT_EQ(imagePixelSize(png("logo2.png", 640, 200)).height, 200);
    const PixelSize baseline = imagePixelSize(jpeg("photo.jpg", 1024, 768));
    EXPECT_EQ(baseline.width, 1024);
    EXPECT_EQ(baseline.height, 768);
    const PixelSize progressive = imagePixelSize(jpeg("progressive.jpeg", 300, 500, 0xC2));
    EXPECT_EQ(progressive.width, 300);
    EXPECT_EQ(progressive.height, 500);
    // Recognised by content, not by name.
    EXPECT_EQ(imagePixelSize(jpeg("misnamed.png", 10, 20)).height, 20);
}

TEST_F(LayoutBlocks, UnreadableImagesAreLayoutErrors) {
    for (const std::string& path : {(dir_ / "missing.png").string(), write("text.png", "not an image at all"),
                                    write("truncated.jpg", std::string("\xFF\xD8\xFF\xE0", 4))}) {
        try {
            imagePixelSize(path);
            FAIL() << path;
        } catch (const LayoutError& e) {
            EXPECT_EQ(e.key(), "layout.image_unreadable");
            EXPECT_EQ(e.args().at("path"), path);
        }
    }
}

TEST_F(LayoutBlocks, ImagesKeepTheirAspectAndFitTheTextWidth) {
    doc::Image natural;
    natural.path = png("small.png", 192, 96);   // 96 dpi: 144 × 72 pt
    doc::Image wide;
    wide.path = png("wide.png", 4000, 1000);
    wide.align = doc::Align::Center;
    doc::Image sized;
    sized.path = jpeg("sized.jpg", 800, 600);
    sized.width = 120;
    sized.align = doc::Align::Right;
    const doc::Document source = document({natural, wide, sized});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const PageGeometry g = pageGeometry(source.page);
    const auto images = opsOf<ImageOp>(d.pages.at(0));
    ASSERT_EQ(images.size(), 3u);
    EXPECT_NEAR(images[0]->w, 144, 1e-9);
    EXPECT_NEAR(images[0]->h, 72, 1e-9);
    EXPECT_NEAR(images[0]->x, g.left, 1e-9);
    EXPECT_NEAR(images[1]->w, g.bodyWidth(), 1e-9);
    EXPECT_NEAR(images[1]->h, g.bodyWidth() / 4, 1e-9);
    EXPECT_NEAR(images[2]->w, 120, 1e-9);
    EXPECT_NEAR(images[2]->h, 90, 1e-9);
    EXPECT_NEAR(images[2]->x + images[2]->w, g.right, 1e-9);
    EXPECT_GT(images[0]->y, images[1]->y + images[1]->h);   // stacked top to bottom
    test::expectWithinMargins(d, source.page);
}

TEST_F(LayoutBlocks, LogoInTheRunningHeaderIsScaledToItsBand) {
    doc::Document source = document({paragraph("Contenu")});
    source.header.logoPath = png("logo.png", 600, 150);
    source.header.left = "Atelier";
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const auto images = opsOf<ImageOp>(d.pages.at(0));
    ASSERT_EQ(images.size(), 1u);
    EXPECT_NEAR(images[0]->h, 28, 1e-9);
    EXPECT_NEAR(images[0]->w, 112, 1e-9);
    const TextOp* name = textsContaining(d.pages[0], "Atelier").at(0);
    EXPECT_GT(name->x, images[0]->x + images[0]->w);
    EXPECT_GT(images[0]->y, pageGeometry(source.page).bodyTop);
}

TEST_F(LayoutBlocks, QrCodeIsOneGridOfTheEncodedModules) {
    const std::string url = "https://verify.atelier-competences.fr/c/PRV-01-2026-00042";
    const QrMatrix expected = encodeQr(url);
    EXPECT_GE(expected.width, 21);   // version 1 or above
    EXPECT_LE(expected.width, 57);
    EXPECT_EQ((expected.width - 17) % 4, 0);

    doc::QrCode qr;
    qr.data = url;
    qr.size = 90;
    qr.caption = doc::plain("Vérifier l’authenticité");
    const doc::Document source = document({qr});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const PageGeometry g = pageGeometry(source.page);
    const auto grids = opsOf<ModulesOp>(d.pages.at(0));
    ASSERT_EQ(grids.size(), 1u);
    const ModulesOp& grid = *grids[0];
    EXPECT_EQ(grid.columns, expected.width);
    EXPECT_EQ(grid.dark, expected.dark);
    EXPECT_NEAR(grid.module * grid.columns, 90, 1e-9);
    EXPECT_NEAR(grid.x + 90, g.right, 1e-6);   // right-aligned by default
    const double top = grid.y + 90;
    const TextOp* caption = textsContaining(d.pages[0], "Vérifier").at(0);
    EXPECT_LT(caption->y, top - 90);
    test::expectWithinMargins(d, source.page);
}

TEST_F(LayoutBlocks, BarHeightsAreProportionalToValues) {
    doc::BarChart chart;
    chart.title = doc::plain("Satisfaction");
    chart.categories = {"Accueil", "Contenu", "Animation", "Supports",
                        "Organisation matérielle, logistique et accessibilité des locaux de formation"};
    doc::BarSeries s2025;
    s2025.name = "2025";
    s2025.colour = 0x1F4E79;
    s2025.values = {92, 80, 100, 45, std::nullopt};
    s2025.labels = {"92 %", "80 %", "100 %", "45 %", "n.s. (n = 3)"};
    doc::BarSeries s2024;
    s2024.name = "2024";
    s2024.colour = 0x9DB7D5;
    s2024.values = {88, 76, 95, 50, 70};
    chart.series = {s2024, s2025};
    const doc::Document source = document({chart});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const Page& page = d.pages.at(0);

    std::vector<const RectOp*> bars[2];
    for (const RectOp* r : opsOf<RectOp>(page)) {
        if (r->fill == s2024.colour && r->h > 9) bars[0].push_back(r);   // (legend swatches are smaller)
        if (r->fill == s2025.colour && r->h > 9) bars[1].push_back(r);
    }
    ASSERT_EQ(bars[0].size(), 5u);
    ASSERT_EQ(bars[1].size(), 4u);   // the missing value has no bar
    const double perUnit = bars[0][0]->h / 88;
    const double expected2024[] = {88, 76, 95, 50, 70};
    const double expected2025[] = {92, 80, 100, 45};
    for (size_t k = 0; k < 5; ++k) EXPECT_NEAR(bars[0][k]->h, expected2024[k] * perUnit, 1e-9);
    for (size_t k = 0; k < 4; ++k) EXPECT_NEAR(bars[1][k]->h, expected2025[k] * perUnit, 1e-9);
    EXPECT_NEAR(perUnit * 100, chart.height, 1e-9);   // the maximum fills the plot
    for (const auto& series : bars)
        for (const RectOp* bar : series) EXPECT_NEAR(bar->y, bars[0][0]->y, 1e-9);   // one baseline
    // Bars are left to right by category, the series side by side within a category.
    for (size_t k = 0; k + 1 < 5; ++k) EXPECT_LT(bars[0][k]->x, bars[0][k + 1]->x);
    EXPECT_LT(bars[0][0]->x + bars[0][0]->w, bars[1][0]->x + 1e-9);

    // The missing value: a dashed outline and its label, no bar.
    size_t dashed = 0;
    for (const LineOp* l : opsOf<LineOp>(page)) dashed += l->dashed;
    EXPECT_EQ(dashed, 3u);
    EXPECT_EQ(textsContaining(page, "n.s.").size(), 1u);
    // Value labels sit above their bars; 2024 has none given, so its values are printed.
    const TextOp* label = textsContaining(page, "100 %").at(0);
    EXPECT_GT(label->y, bars[1][2]->y + bars[1][2]->h);
    EXPECT_EQ(textsContaining(page, "88%").size(), 1u);
    // Gridline ticks and the legend.
    EXPECT_EQ(textsContaining(page, "75%").size(), 1u);
    EXPECT_EQ(textsContaining(page, "2025").size(), 1u);
    // The long category is cut to two lines within its slot (a fifth of the plot), ending in "…".
    const auto first = textsContaining(page, "Organisation");
    ASSERT_EQ(first.size(), 1u);
    const auto cut = textsContaining(page, "…");
    ASSERT_EQ(cut.size(), 1u);
    EXPECT_LT(cut[0]->y, first[0]->y);
    EXPECT_TRUE(textsContaining(page, "formation").empty());
    const double slotLeft = bars[0][4]->x - (bars[0][1]->x - bars[0][0]->x) / 2;
    EXPECT_GT(first[0]->x, slotLeft);
    EXPECT_GT(cut[0]->x, slotLeft);
    test::expectWithinMargins(d, source.page);
}

TEST_F(LayoutBlocks, ChecksAreDrawnNotTyped) {
    doc::Checkboxes boxes;
    boxes.items = {{doc::plain("Action de formation"), true},
                   {doc::plain("Bilan de compétences"), false},
                   {doc::plain("Action de VAE"), false}};
    const LaidOutDocument d = layoutDocument(document({boxes}), sharedFonts());
    const Page& page = d.pages.at(0);
    const auto rects = opsOf<RectOp>(page);
    ASSERT_EQ(rects.size(), 3u);
    for (const RectOp* r : rects) {
        EXPECT_TRUE(r->stroke.has_value());
        EXPECT_FALSE(r->fill.has_value());
        EXPECT_NEAR(r->w, r->h, 1e-9);
    }
    EXPECT_EQ(opsOf<LineOp>(page).size(), 2u);   // one cross
    for (const LineOp* l : opsOf<LineOp>(page)) {
        EXPECT_GE(std::min(l->y1, l->y2), rects[0]->y);
        EXPECT_LE(std::max(l->y1, l->y2), rects[0]->y + rects[0]->h);
    }
    for (const TextOp* t : opsOf<TextOp>(page)) {
        EXPECT_EQ(t->text.find("\u2610"), std::string::npos);
        EXPECT_EQ(t->text.find("\u2612"), std::string::npos);
    }
    // Each label stands to the right of its box, on the box's line.
    const TextOp* label = textsContaining(page, "Bilan").at(0);
    EXPECT_GT(label->x, rects[1]->x + rects[1]->w);
    EXPECT_GT(label->y + 5, rects[1]->y);
    EXPECT_LT(label->y, rects[1]->y + rects[1]->h);
}

TEST_F(LayoutBlocks, ListsHaveMarkersAndHangingIndents) {
    doc::List bullets;
    bullets.items = {doc::plain("Court"), doc::plain(repeated("long", 60))};
    doc::List numbers;
    numbers.numbered = true;
    for (int k = 0; k < 12; ++k) numbers.items.push_back(doc::plain("Étape " + std::to_string(k + 1)));
    const LaidOutDocument d = layoutDocument(document({bullets, numbers}), sharedFonts());
    const Page& page = d.pages.at(0);
    EXPECT_EQ(textsContaining(page, "•").size(), 2u);
    // Every line of the long item starts at the same indent, right of the bullet.
    const auto lines = textsContaining(page, "long");
    ASSERT_GT(lines.size(), 1u);
    for (const TextOp* t : lines) EXPECT_EQ(t->x, lines[0]->x);
    EXPECT_GT(lines[0]->x, textsContaining(page, "•").at(0)->x);
    // Numbers are right-aligned on one edge: "9." and "10." end at the same x.
    double edge = -1;
    for (int k = 1; k <= 12; ++k) {
        const std::string label = std::to_string(k) + ".";
        const TextOp* number = nullptr;
        for (const TextOp* t : opsOf<TextOp>(page))
            if (t->text == label) number = t;
        ASSERT_NE(number, nullptr) << label;
        if (edge < 0) edge = number->x + number->width;
        EXPECT_NEAR(number->x + number->width, edge, 1e-9);
    }
}

TEST_F(LayoutBlocks, KeyValueRowsKeepLabelAndValueTogether) {
    doc::KeyValueTable kv;
    for (int k = 0; k < 80; ++k)
        kv.rows.push_back({doc::plain("Clé " + std::to_string(k)), doc::plain(repeated("v" + std::to_string(k) + "x", k % 4 == 0 ? 30 : 3))});
    const doc::Document source = document({kv});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    ASSERT_GE(d.pages.size(), 2u);
    for (int k = 0; k < 80; ++k) {
        const int page = test::pageOf(d, "Clé " + std::to_string(k));
        for (size_t p = 0; p < d.pages.size(); ++p)
            if (!textsContaining(d.pages[p], "v" + std::to_string(k) + "x ").empty()) {
                EXPECT_EQ(static_cast<int>(p), page);
            }
        const TextOp* label = nullptr;
        for (const TextOp* t : opsOf<TextOp>(d.pages[static_cast<size_t>(page)]))
            if (t->text == "Clé " + std::to_string(k)) label = t;
        ASSERT_NE(label, nullptr);
        EXPECT_EQ(label->face, Face::Bold);
        const TextOp* value = textsContaining(d.pages[static_cast<size_t>(page)], "v" + std::to_string(k) + "x").at(0);
        EXPECT_EQ(label->y, value->y);   // first lines share a baseline
    }
    test::expectWithinMargins(d, source.page);
}

TEST_F(LayoutBlocks, SignatureBlockIsAlignedWithALineToSignOn) {
    doc::Signature s;
    s.placeDate = doc::plain("Fait à Lyon, le 21\u00A0novembre\u00A02026");
    s.name = "Claire Martin";
    s.capacity = doc::plain("Directrice");
    s.label = doc::plain("Signature et cachet");
    s.imagePath = png("signature.png", 300, 100);
    const doc::Document source = document({s});
    const LaidOutDocument d = layoutDocument(source, sharedFonts());
    const Page& page = d.pages.at(0);
    const PageGeometry g = pageGeometry(source.page);
    const TextOp* place = textsContaining(page, "Fait à Lyon").at(0);
    const TextOp* label = textsContaining(page, "Signature et cachet").at(0);
    const TextOp* name = textsContaining(page, "Claire Martin").at(0);
    const TextOp* capacity = textsContaining(page, "Directrice").at(0);
    EXPECT_GT(place->x, (g.left + g.right) / 2);   // right-aligned block
    EXPECT_EQ(name->face, Face::Bold);
    EXPECT_TRUE(place->y > label->y && label->y > name->y && name->y > capacity->y);
    const auto lines = opsOf<LineOp>(page);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_LT(lines[0]->y1, label->y - 30);   // room to sign
    EXPECT_GT(lines[0]->y1, name->y);
    EXPECT_NEAR(lines[0]->x2, g.right, 1e-9);
    const auto images = opsOf<ImageOp>(page);
    ASSERT_EQ(images.size(), 1u);
    EXPECT_GE(images[0]->y, lines[0]->y1);   // the scan stands on the line
    test::expectWithinMargins(d, source.page);
}

TEST_F(LayoutBlocks, TableRowWithTooManyCellsIsALayoutError) {
    doc::Table t;
    t.columns = {doc::Column{doc::plain("A"), 1, doc::Align::Left}};
    t.rows = {{doc::plain("1"), doc::plain("2")}};
    try {
        layoutDocument(document({t}), sharedFonts());
        FAIL();
    } catch (const LayoutError& e) {
        EXPECT_EQ(e.key(), "layout.table_row_width");
    }
}

}  // namespace
}  // namespace fd::layout
