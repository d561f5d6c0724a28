#include "layout/fonts.h"

#include <algorithm>
#include <memory>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include "layout/error.h"

namespace fd::layout {

namespace {

[[noreturn]] void unreadable(const std::string& path) {
    throw LayoutError("layout.font_unreadable", {{"path", path}}, "cannot read font file " + path);
}

struct LibraryDeleter {
    void operator()(FT_Library lib) const { FT_Done_FreeType(lib); }
};
struct FaceDeleter {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};

}  // namespace

Fonts::Fonts(const FontFiles& files) : files_(files) {
    FT_Library raw = nullptr;
    if (FT_Init_FreeType(&raw) != 0) unreadable(files.paths[0]);
    std::unique_ptr<FT_LibraryRec_, LibraryDeleter> library(raw);
    for (int f = 0; f < kFaceCount; ++f) load(f, files.paths[f], library.get());

    for (int s = 0; s < kStyleCount; ++s) {
        const auto style = static_cast<FontStyle>(s);
        const FaceMetrics& primary = metrics_[index(primaryFace(style))];
        const FaceMetrics& fallback = metrics_[index(fallbackFace(style))];
        auto& table = resolved_[s];
        table.resize(kBmpSize);
        for (char32_t cp = 0; cp < kBmpSize; ++cp) {
            if (primary.bmp[cp] != kMissing) {
                table[cp] = {static_cast<float>(primary.bmp[cp]) / primary.unitsPerEm, primaryFace(style), true};
            } else if (fallback.bmp[cp] != kMissing) {
                table[cp] = {static_cast<float>(fallback.bmp[cp]) / fallback.unitsPerEm, fallbackFace(style), true};
            }
        }
    }
    const FaceMetrics& regular = metrics_[index(Face::Regular)];
    ascentEm_ = static_cast<double>(regular.ascender) / regular.unitsPerEm;
    descentEm_ = -static_cast<double>(regular.descender) / regular.unitsPerEm;
}

void Fonts::load(int face, const std::string& path, void* library) {
    FT_Face raw = nullptr;
    if (FT_New_Face(static_cast<FT_Library>(library), path.c_str(), 0, &raw) != 0) unreadable(path);
    std::unique_ptr<FT_FaceRec_, FaceDeleter> ftFace(raw);
    if (FT_Select_Charmap(raw, FT_ENCODING_UNICODE) != 0 || raw->units_per_EM == 0) unreadable(path);

    FaceMetrics& m = metrics_[face];
    m.unitsPerEm = raw->units_per_EM;
    m.ascender = raw->ascender;
    m.descender = raw->descender;
    m.bmp.assign(kBmpSize, kMissing);
    // Walk the cmap instead of probing every code point: a few thousand glyphs, not 1.1 million.
    FT_UInt gid = 0;
    for (FT_ULong cp = FT_Get_First_Char(raw, &gid); gid != 0; cp = FT_Get_Next_Char(raw, cp, &gid)) {
        FT_Fixed adv = 0;
        if (FT_Get_Advance(raw, gid, FT_LOAD_NO_SCALE, &adv) != 0) continue;
        const auto units = static_cast<uint16_t>(std::min<FT_Fixed>(adv, kMissing - 1));
        if (cp < kBmpSize) m.bmp[cp] = units;
        else m.astral.emplace_back(static_cast<char32_t>(cp), units);
    }
    std::sort(m.astral.begin(), m.astral.end());
}

uint16_t Fonts::lookup(Face face, char32_t cp) const {
    const FaceMetrics& m = metrics_[index(face)];
    if (cp < kBmpSize) return m.bmp[cp];
    auto it = std::lower_bound(m.astral.begin(), m.astral.end(), std::make_pair(cp, uint16_t{0}));
    return (it != m.astral.end() && it->first == cp) ? it->second : kMissing;
}

int Fonts::advance(Face face, char32_t cp) const {
    const uint16_t units = lookup(face, cp);
    return units == kMissing ? 0 : units;
}

StyledGlyph Fonts::resolveSlow(FontStyle style, char32_t cp) const {
    for (Face face : {primaryFace(style), fallbackFace(style)}) {
        const uint16_t units = lookup(face, cp);
        if (units != kMissing) return {static_cast<float>(units) / unitsPerEm(face), face, true};
    }
    return {};
}

}  // namespace fd::layout
