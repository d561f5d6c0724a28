#include "writers/pdf/subset_font.h"

#include <fstream>
#include <memory>

#include "util/atomic_file.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {

PoDoFo::PdfFont& createSubsetFont(PoDoFo::PdfDocument& document, layout::Face face, const std::string& path) {
    using layout::Face;
    const int index = static_cast<int>(face);
    // Without a file PoDoFo would ask fontconfig for a font named like our cache name below.
    if (path.empty()) throw OutputError("PDF writer: no font file for face " + std::to_string(index));
    if (!std::ifstream(path)) throw OutputError("PDF writer: cannot read font file " + path);
    const bool bold = face == Face::Bold || face == Face::BoldItalic || face == Face::FallbackBold ||
                      face == Face::FallbackBoldItalic;
    const bool italic = face == Face::Italic || face == Face::BoldItalic || face == Face::FallbackItalic ||
                        face == Face::FallbackBoldItalic;
    // PoDoFo's font cache is keyed by this name, not by the file: one name per face, or a
    // second face would silently get the first one's font.
    const std::string cacheName = "formadoc-face-" + std::to_string(index);
    // One fresh Identity-H encoding per font: each font deletes its own, so sharing one
    // auto-deleting instance between two fonts crashes when the document is destroyed.
    auto encoding = std::make_unique<PoDoFo::PdfIdentityEncoding>(0, 0xffff, /*bAutoDelete=*/true);
    PoDoFo::PdfFont* font = nullptr;
    try {
        font = document.CreateFontSubset(cacheName.c_str(), bold, italic, /*bSymbolCharset=*/false, encoding.get(),
                                         path.c_str());
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, "cannot load font " + path);
    }
    if (!font) throw OutputError("PDF writer: cannot load font " + path);
    encoding.release();   // now the font's
    return *font;
}

}  // namespace fd::pdf
