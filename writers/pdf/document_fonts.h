// The embedded fonts of one PDF document: one subset TrueType font with Identity-H encoding per
// layout face, created on first use so that exactly the faces the text uses are embedded.
#pragma once

#include <podofo/podofo.h>

#include <string>

#include "layout/page.h"

namespace fd::pdf {

class DocumentFonts {
public:
    // `declared` is LaidOutDocument::faceUsed: using a face the layout did not declare is a
    // layout bug and throws std::logic_error.
    DocumentFonts(PoDoFo::PdfDocument& document, const layout::FontFiles& files,
                  const bool (&declared)[layout::kFaceCount]);
    DocumentFonts(const DocumentFonts&) = delete;
    DocumentFonts& operator=(const DocumentFonts&) = delete;

    // The font for `face`, created on first use; owned by the document, which builds and
    // embeds the subset when it is written. Throws OutputError when the file cannot be loaded.
    PoDoFo::PdfFont& font(layout::Face face);

    const std::string& path(layout::Face face) const;

private:
    PoDoFo::PdfDocument& document_;
    const layout::FontFiles& files_;
    const bool (&declared_)[layout::kFaceCount];
    PoDoFo::PdfFont* fonts_[layout::kFaceCount] = {};
};

}  // namespace fd::pdf
