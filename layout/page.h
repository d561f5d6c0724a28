// The output of layout: pages of positioned drawing operations. The PDF writer paints these
// and nothing else, so every typesetting decision (line breaks, pagination, justification,
// table splitting, chart geometry) is made — and testable — here, without PoDoFo.
// Coordinates: PDF points, origin at the bottom-left of the page, y upwards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "doc/doc.h"

namespace fd::layout {

// The faces the layout may use. Primary = Liberation Sans, Fallback = DejaVu Sans (for glyphs
// the primary lacks). A code point neither has is a LayoutError, never a blank box.
enum class Face : uint8_t {
    Regular, Bold, Italic, BoldItalic,
    FallbackRegular, FallbackBold, FallbackItalic, FallbackBoldItalic,
};
constexpr int kFaceCount = 8;

struct FontFiles {
    std::string paths[kFaceCount];        // absolute TTF paths, indexed by Face
    static FontFiles debianDefaults();    // fonts-liberation2 + fonts-dejavu-core
};

// A single-face piece of text on one baseline. `spaceExtra` is added after each U+0020
// (justification); the writer must honour it (Identity-H fonts ignore Tw, use TJ).
struct TextOp {
    Face face = Face::Regular;
    double size = 10;
    doc::Colour colour = 0x000000;
    double x = 0, y = 0;                  // baseline start
    std::string text;                     // UTF-8
    double spaceExtra = 0;
    double width = 0;                     // measured advance including spaceExtra
    // A page number still to fill in (doc::Run::pageOf): the anchor, and the share of the
    // reserved width left unused that goes before the number (0 left, 0.5 centred, 1 right).
    // Layout resolves it; the writer never sees a non-empty pageOf.
    std::string pageOf;
    double pageOfAlign = 0;
};

struct RectOp {
    double x = 0, y = 0, w = 0, h = 0;    // (x,y) = bottom-left
    std::optional<doc::Colour> fill;
    std::optional<doc::Colour> stroke;
    double strokeWidth = 0.5;
};

struct LineOp {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    doc::Colour colour = 0x000000;
    double width = 0.5;
    bool dashed = false;
};

struct ImageOp {
    std::string path;
    double x = 0, y = 0, w = 0, h = 0;    // (x,y) = bottom-left
};

// A clickable area: external URI, or an internal destination (page index + y).
struct LinkOp {
    double x = 0, y = 0, w = 0, h = 0;
    std::string uri;                      // empty for internal links
    int targetPage = -1;
    double targetY = 0;
};

// A square grid of filled modules (a QR code): one op instead of a rectangle per run of dark
// modules, which lets the writer draw them in module units (a few bytes each) under one transform.
struct ModulesOp {
    double x = 0, y = 0;                  // bottom-left corner of the grid
    double module = 1;                    // side of a module, in points
    int columns = 0;                      // modules per side
    std::vector<unsigned char> dark;      // row-major, TOP row first, 1 = filled
    doc::Colour colour = 0x000000;
    bool at(int column, int row) const { return dark[static_cast<size_t>(row) * columns + column] != 0; }
};

using Op = std::variant<TextOp, RectOp, LineOp, ImageOp, LinkOp, ModulesOp>;

struct Page {
    double width = 595.276, height = 841.89;   // A4 portrait
    std::vector<Op> ops;
};

struct Bookmark {
    int level = 1;                        // 1-based, nests under the previous lower level
    std::string title;
    int page = 0;
    double y = 0;
};

struct LaidOutDocument {
    doc::Metadata metadata;
    std::vector<Page> pages;
    std::vector<Bookmark> bookmarks;
    // Every face actually used, so the writer embeds only those.
    bool faceUsed[kFaceCount] = {};
};

}  // namespace fd::layout
