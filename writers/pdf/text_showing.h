// A TextOp as one PDF text-showing operator: `[<glyphs> adj <glyphs> …] TJ`.
#pragma once

#include <podofo/podofo.h>

#include <string>

#include "layout/page.h"

namespace fd::pdf {

// The TJ array for `op` in `font` (an Identity-H font at op.size). The real space glyphs are
// kept so that text extraction sees the spaces; when op.spaceExtra != 0 each U+0020 is followed
// by an adjustment of -spaceExtra*1000/size, which justifies the line (Tw would not: it only
// applies to the one-byte code 32, never to two-byte Identity-H codes).
// Records the glyphs in the font's subset. Throws OutputError when the font has no glyph for a
// character, rather than painting an empty box.
std::string showTextOperator(PoDoFo::PdfFont& font, const layout::TextOp& op, const std::string& fontPath);

}  // namespace fd::pdf
