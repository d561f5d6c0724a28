// trimTrueType (the stock subsets' font programs), checked with FreeType: the trimmed font
// loads, has the same glyph ids, outlines and advances for what is drawn, and no hinting left.
#include <gtest/gtest.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H

#include <memory>
#include <string>
#include <vector>

#include "util/atomic_file.h"
#include "writers/pdf/truetype_trim.h"
#include "writers_test_support.h"

namespace fd::pdf {
namespace {

const std::string kRegular = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";

struct FaceCloser {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using OwnedFace = std::unique_ptr<FT_FaceRec_, FaceCloser>;

class TrimTrueTypeTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(FT_Init_FreeType(&library_), 0); }
    void TearDown() override { FT_Done_FreeType(library_); }

    // `bytes` must outlive the face (FreeType reads from them).
    OwnedFace open(const std::string& bytes) {
        FT_Face face = nullptr;
        EXPECT_EQ(FT_New_Memory_Face(library_, reinterpret_cast<const FT_Byte*>(bytes.data()),
                                     static_cast<FT_Long>(bytes.size()), 0, &face),
                  0);
        return OwnedFace(face);
    }

    FT_Library library_ = nullptr;
};

// The unscaled outline of a glyph as text: its points, tags and contour ends.
std::string outline(FT_Face face, FT_UInt glyph) {
    EXPECT_EQ(FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING), 0);
    const FT_Outline& o = face->glyph->outline;
    std::string text;
    for (int i = 0; i < o.n_points; ++i)
        text += std::to_string(o.points[i].x) + "," + std::to_string(o.points[i].y) + ":" + std::to_string(o.tags[i] & 1) + " ";
    for (int i = 0; i < o.n_contours; ++i) text += "/" + std::to_string(o.contours[i]);
    return text;
}

bool hasTable(FT_Face face, const char* tag) {
    FT_ULong length = 0;
    return FT_Load_Sfnt_Table(face, FT_MAKE_TAG(tag[0], tag[1], tag[2], tag[3]), 0, nullptr, &length) == 0;
}

TEST_F(TrimTrueTypeTest, KeepsEveryGlyphsShapeAndTheDrawnAdvancesWithoutHinting) {
    const std::string original = writers_testing::readFile(kRegular);
    OwnedFace before = open(original);
    ASSERT_TRUE(before);
    const std::u32string drawn = U"AÉŒß€ ’«\u202F";
    std::vector<uint16_t> glyphs;
    for (char32_t cp : drawn) glyphs.push_back(static_cast<uint16_t>(FT_Get_Char_Index(before.get(), cp)));

    const std::string trimmed = trimTrueType(original, glyphs);
    OwnedFace after = open(trimmed);
    ASSERT_TRUE(after);
    EXPECT_LT(trimmed.size(), original.size());
    EXPECT_EQ(after->num_glyphs, before->num_glyphs);
    for (const char* tag : {"fpgm", "prep", "cvt "}) {
        EXPECT_TRUE(hasTable(before.get(), tag)) << tag;
        EXPECT_FALSE(hasTable(after.get(), tag)) << tag;
    }
    for (uint16_t glyph : glyphs) {
        EXPECT_EQ(outline(after.get(), glyph), outline(before.get(), glyph)) << "glyph " << glyph;
        EXPECT_EQ(after->glyph->metrics.horiAdvance, before->glyph->metrics.horiAdvance) << "glyph " << glyph;
    }
    // A glyph with an outline keeps it even when not drawn (it may be a composite's part).
    const FT_UInt other = FT_Get_Char_Index(before.get(), U'z');
    EXPECT_EQ(outline(after.get(), other), outline(before.get(), other));
    const auto* limits = static_cast<const TT_MaxProfile*>(FT_Get_Sfnt_Table(after.get(), FT_SFNT_MAXP));
    ASSERT_NE(limits, nullptr);
    EXPECT_EQ(limits->maxSizeOfInstructions, 0);
}

TEST_F(TrimTrueTypeTest, ChecksumsAddUpAsTheSpecificationRequires) {
    // The whole font, read as big-endian 32-bit words, sums to 0xB1B0AFBA once head's
    // checkSumAdjustment is in place.
    const std::string trimmed = trimTrueType(writers_testing::readFile(kRegular), {});
    ASSERT_EQ(trimmed.size() % 4, 0u);
    uint32_t sum = 0;
    for (size_t at = 0; at < trimmed.size(); at += 4)
        sum += (static_cast<uint32_t>(static_cast<unsigned char>(trimmed[at])) << 24) |
               (static_cast<uint32_t>(static_cast<unsigned char>(trimmed[at + 1])) << 16) |
               (static_cast<uint32_t>(static_cast<unsigned char>(trimmed[at + 2])) << 8) |
               static_cast<unsigned char>(trimmed[at + 3]);
    EXPECT_EQ(sum, 0xB1B0AFBAu);
}

TEST_F(TrimTrueTypeTest, RefusesWhatIsNotATrueTypeFont) {
    EXPECT_THROW(trimTrueType("not a font at all", {}), OutputError);
    const std::string original = writers_testing::readFile(kRegular);
    EXPECT_THROW(trimTrueType(original.substr(0, 400), {}), OutputError);
}

}  // namespace
}  // namespace fd::pdf
