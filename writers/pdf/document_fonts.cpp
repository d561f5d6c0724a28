#include "writers/pdf/document_fonts.h"

#include <fstream>
#include <memory>
#include <stdexcept>

#include "util/atomic_file.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {

DocumentFonts::DocumentFonts(PoDoFo::PdfDocument& document, const layout::FontFiles& files,
                             const bool (&declared)[layout::kFaceCount])
    : document_(document), files_(files), declared_(declared) {}

const std::string& DocumentFonts::path(layout::Face face) const {
    return files_.paths[static_cast<int>(face)];
}

PoDoFo::PdfFont& DocumentFonts::font(layout::Face face) {
    using layout::Face;
    const int index = static_cast<int>(face);
    if (fonts_[index]) return *fonts_[index];
    if (!declared_[index])
        throw std::logic_error("PDF writer: a text uses face " + std::to_string(index) +
                               " that LaidOutDocument::faceUsed does not declare");

    const std::string& file = path(face);
    // Without a file PoDoFo would ask fontconfig for a font named like our cache name below.
    if (file.empty()) throw OutputError("PDF writer: no font file for face " + std::to_string(index));
    if (!std::ifstream(file)) throw OutputError("PDF writer: cannot read font file " + file);
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
    try {
        fonts_[index] = document_.CreateFontSubset(cacheName.c_str(), bold, italic, /*bSymbolCharset=*/false,
                                                   encoding.get(), file.c_str());
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, "cannot load font " + file);
    }
    if (!fonts_[index]) throw OutputError("PDF writer: cannot load font " + file);
    encoding.release();   // now the font's
    return *fonts_[index];
}

}  // namespace fd::pdf
