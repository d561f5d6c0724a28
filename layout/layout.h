// The typesetting engine: a format-neutral document (doc/doc.h) in, pages of positioned drawing
// operations (layout/page.h) out. Pure computation, no PoDoFo: every typographic decision is
// made, and tested, here.
//
//   const fd::layout::Fonts fonts;                       // once per run (FreeType, ~10 ms)
//   fd::layout::LaidOutDocument pages = fd::layout::layoutDocument(document, fonts);
//
// Fonts is read-only after construction and may be shared by threads laying out documents
// concurrently; layoutDocument itself keeps no shared state.
#pragma once

#include "doc/doc.h"
#include "layout/error.h"
#include "layout/fonts.h"
#include "layout/page.h"

namespace fd::layout {

// Throws LayoutError (layout/error.h) for a document that cannot be typeset as asked: a
// character no face has, an unreadable image, an internal link to an unknown anchor...
LaidOutDocument layoutDocument(const doc::Document& document, const Fonts& fonts);

}  // namespace fd::layout
