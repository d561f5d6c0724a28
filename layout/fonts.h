// Glyph metrics of the eight faces (layout/page.h Face), read once with FreeType.
// A Fonts object is immutable after construction: share one, read-only, across every document
// and thread of a run (bulk certificates lay out 100,000 documents against the same tables).
#pragma once

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

#include "layout/page.h"

namespace fd::layout {

// The four styles; each is drawn by a primary face and, for the glyphs it lacks, a fallback face.
enum class FontStyle : uint8_t { Regular, Bold, Italic, BoldItalic };
constexpr int kStyleCount = 4;

constexpr FontStyle fontStyle(bool bold, bool italic) {
    return static_cast<FontStyle>((bold ? 1 : 0) + (italic ? 2 : 0));
}
constexpr Face primaryFace(FontStyle s) { return static_cast<Face>(static_cast<int>(s)); }
constexpr Face fallbackFace(FontStyle s) { return static_cast<Face>(static_cast<int>(s) + kStyleCount); }

// How one code point is drawn in one style.
struct StyledGlyph {
    float advance = 0;        // em (advance width / units per em)
    Face face = Face::Regular;
    bool found = false;       // false: neither the primary nor the fallback face has it
};

class Fonts {
public:
    // Throws LayoutError (layout.font_unreadable) when a file cannot be read as a font.
    explicit Fonts(const FontFiles& files = FontFiles::debianDefaults());
    Fonts(const Fonts&) = delete;
    Fonts& operator=(const Fonts&) = delete;
    Fonts(Fonts&&) = default;
    Fonts& operator=(Fonts&&) = default;

    const FontFiles& files() const { return files_; }
    // Unique to each constructed object (a move carries it along): tells two Fonts apart even
    // when one is made at the address of another, destroyed one. The line memo keys on it.
    uint64_t serial() const { return serial_; }

    bool hasGlyph(Face face, char32_t cp) const { return lookup(face, cp) != kMissing; }
    // Advance width in font units (FT_LOAD_NO_SCALE); 0 when the face lacks the glyph.
    int advance(Face face, char32_t cp) const;
    int unitsPerEm(Face face) const { return metrics_[index(face)].unitsPerEm; }
    int ascender(Face face) const { return metrics_[index(face)].ascender; }    // > 0
    int descender(Face face) const { return metrics_[index(face)].descender; }  // < 0

    // The primary face if it has the glyph, else the fallback face of the same style.
    StyledGlyph glyph(FontStyle style, char32_t cp) const {
        if (cp < kBmpSize) return resolved_[static_cast<int>(style)][cp];
        return resolveSlow(style, cp);
    }

    // Line-box metrics in em, from the primary faces: every line of a given size has the same
    // box whichever fallback glyphs it holds, so baselines stay on a regular grid.
    double ascentEm() const { return ascentEm_; }
    double descentEm() const { return descentEm_; }   // positive

private:
    static constexpr char32_t kBmpSize = 0x10000;
    static constexpr uint16_t kMissing = 0xFFFF;      // no real advance is that wide
    static int index(Face face) { return static_cast<int>(face); }

    struct FaceMetrics {
        int unitsPerEm = 2048, ascender = 0, descender = 0;
        std::vector<uint16_t> bmp;                              // advance per BMP code point
        std::vector<std::pair<char32_t, uint16_t>> astral;      // sorted by code point
    };

    uint16_t lookup(Face face, char32_t cp) const;
    StyledGlyph resolveSlow(FontStyle style, char32_t cp) const;
    void load(int face, const std::string& path, void* library);

    static uint64_t nextSerial() {
        static std::atomic<uint64_t> next{1};
        return next.fetch_add(1, std::memory_order_relaxed);
    }

    uint64_t serial_ = nextSerial();
    FontFiles files_;
    FaceMetrics metrics_[kFaceCount];
    std::vector<StyledGlyph> resolved_[kStyleCount];            // flat BMP table per style
    double ascentEm_ = 0.9, descentEm_ = 0.2;
};

}  // namespace fd::layout
