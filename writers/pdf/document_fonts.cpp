#include "writers/pdf/document_fonts.h"

#include <stdexcept>

#include "writers/pdf/object_copy.h"
#include "writers/pdf/subset_font.h"

namespace fd::pdf {

DocumentFonts::DocumentFonts(PoDoFo::PdfDocument& document, const layout::FontFiles& files,
                             const bool (&declared)[layout::kFaceCount], const StockChoice& stock)
    : document_(document), files_(files), declared_(declared), stock_(stock) {}

FontInUse& DocumentFonts::font(layout::Face face) {
    const int index = static_cast<int>(face);
    if (fonts_[index]) return *fonts_[index];
    if (!declared_[index])
        throw std::logic_error("PDF writer: a text uses face " + std::to_string(index) +
                               " that LaidOutDocument::faceUsed does not declare");
    fonts_[index] = std::make_unique<FontInUse>(stock_[index] ? stockFont(*stock_[index]) : ownSubset(face));
    return *fonts_[index];
}

FontInUse DocumentFonts::stockFont(const StockSubset& stock) {
    const PoDoFo::PdfObject* copy = copyObjectGraph(stock.font(), stock.objects(), *document_.GetObjects());
    // Named the way PoDoFo names its own fonts ("Ft" and the object number): unique in the file.
    const PoDoFo::PdfName name("Ft" + std::to_string(copy->Reference().ObjectNumber()));
    return FontInUse{name, copy->Reference(), GlyphMap(stock)};
}

FontInUse DocumentFonts::ownSubset(layout::Face face) {
    const std::string& path = files_.paths[static_cast<int>(face)];
    PoDoFo::PdfFont& font = createSubsetFont(document_, face, path);
    return FontInUse{font.GetIdentifier(), font.GetObject()->Reference(), GlyphMap(font, path)};
}

}  // namespace fd::pdf
