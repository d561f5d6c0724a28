#include "writers/pdf/stock_fonts.h"

#include <zlib.h>

#include <stdexcept>

#include "layout/utf8.h"
#include "util/atomic_file.h"
#include "writers/pdf/flate.h"
#include "writers/pdf/pdf_syntax.h"
#include "writers/pdf/stock_repertoire.h"
#include "writers/pdf/subset_font.h"
#include "writers/pdf/truetype_trim.h"

namespace fd::pdf {
namespace {

using PoDoFo::PdfObject;

PdfObject& referenced(const PdfObject& dictionary, const char* key, const PoDoFo::PdfVecObjects& objects) {
    const PdfObject* value = dictionary.GetDictionary().GetKey(key);
    if (value && value->IsArray() && !value->GetArray().empty()) value = &value->GetArray()[0];   // DescendantFonts
    if (!value || !value->IsReference())
        throw std::logic_error(std::string("PDF writer: PoDoFo wrote a subset font without /") + key);
    return *objects.MustGetObject(value->GetReference());
}

// The subset tag ("ABCDEF+" before the font's name) from the font program's bytes: PoDoFo
// numbers its tags per document (AAAAAA, BAAAAA…), which would give a stock subset and a
// per-document subset of the same font the same name in a merged file.
std::string subsetTag(const std::string& program) {
    uint64_t hash = 0xcbf29ce484222325ULL;   // FNV-1a
    for (char byte : program) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 0x100000001b3ULL;
    }
    std::string tag;
    for (int i = 0; i < 6; ++i, hash /= 26) tag += static_cast<char>('A' + hash % 26);
    return tag;
}

// Replaces the program PoDoFo embedded by its trimmed form (truetype_trim.h), compressed at
// zlib's best level: done once per thread, and the bytes go into every document. Returns it.
std::string trimProgram(PdfObject& fontFile, const std::vector<uint16_t>& drawn) {
    char* bytes = nullptr;
    PoDoFo::pdf_long length = 0;
    fontFile.GetStream()->GetFilteredCopy(&bytes, &length);
    const std::string embedded(bytes, static_cast<size_t>(length));
    PoDoFo::podofo_free(bytes);
    std::string trimmed = trimTrueType(embedded, drawn);
    fontFile.GetDictionary().AddKey("Length1", PdfObject(static_cast<PoDoFo::pdf_int64>(trimmed.size())));
    setFlateStream(fontFile, flateCompress(trimmed, Z_BEST_COMPRESSION));
    return trimmed;
}

void renameSubset(PdfObject& type0, PdfObject& cidFont, PdfObject& descriptor, const std::string& tag) {
    const std::string baseFont = type0.GetDictionary().GetKey("BaseFont")->GetName().GetName();
    const size_t plus = baseFont.find('+');
    const PoDoFo::PdfName name(tag + (plus == std::string::npos ? "+" + baseFont : baseFont.substr(plus)));
    type0.GetDictionary().AddKey("BaseFont", name);
    cidFont.GetDictionary().AddKey("BaseFont", name);
    descriptor.GetDictionary().AddKey("FontName", name);
}

// The widths array (hundreds of numbers for a stock subset) stored as its serialised text, so
// that each document copies one string instead of building and formatting every number again.
void freezeWidths(PdfObject& cidFont) {
    const PdfObject* widths = cidFont.GetDictionary().GetKey("W");
    if (!widths) return;
    std::string text;
    widths->ToString(text, PoDoFo::ePdfWriteMode_Compact);
    cidFont.GetDictionary().AddKey("W", PdfObject(PoDoFo::PdfData(text.data(), text.size())));
}

}  // namespace

StockSubset::StockSubset(layout::Face face, const std::string& path)
    : path_(path), holder_(std::make_unique<PoDoFo::PdfMemDocument>()) {
    PoDoFo::PdfFont& font = createSubsetFont(*holder_, face, path);
    try {
        const PoDoFo::PdfFontMetrics& metrics = *font.GetFontMetrics();
        const std::vector<char32_t>& repertoire = stockRepertoire();
        glyphs_.assign(repertoire.back() + 1, 0);
        std::string characters;
        std::vector<uint16_t> drawn;
        for (char32_t cp : repertoire) {
            const long glyph = metrics.GetGlyphId(static_cast<long>(cp));
            if (glyph <= 0 || glyph > 0xFFFF) continue;
            glyphs_[cp] = static_cast<uint16_t>(glyph);
            drawn.push_back(glyphs_[cp]);
            layout::appendUtf8(characters, cp);
        }
        const PoDoFo::PdfString recorded = u8s(characters);
        font.AddUsedSubsettingGlyphs(recorded, static_cast<long>(recorded.GetCharacterLength()));
        holder_->EmbedSubsetFonts();

        const PoDoFo::PdfVecObjects& all = objects();
        PdfObject& type0 = *font.GetObject();
        PdfObject& cidFont = referenced(type0, "DescendantFonts", all);
        PdfObject& descriptor = referenced(cidFont, "FontDescriptor", all);
        const std::string program = trimProgram(referenced(descriptor, "FontFile2", all), drawn);
        renameSubset(type0, cidFont, descriptor, subsetTag(program));
        freezeWidths(cidFont);
        font_ = &type0;
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, "cannot subset font " + path);
    }
}

const PoDoFo::PdfVecObjects& StockSubset::objects() const {
    return *static_cast<const PoDoFo::PdfDocument&>(*holder_).GetObjects();
}

bool StockSubset::covers(const std::string& utf8) const {
    size_t pos = 0;
    char32_t cp = 0;
    while (pos < utf8.size())
        if (!layout::nextCodePoint(utf8, pos, cp) || glyph(cp) == 0) return false;
    return true;
}

StockFonts& StockFonts::forThisThread() {
    thread_local StockFonts fonts;
    return fonts;
}

const StockSubset& StockFonts::subset(layout::Face face, const std::string& path) {
    std::unique_ptr<StockSubset>& entry = subsets_[{face, path}];
    if (!entry) entry = std::make_unique<StockSubset>(face, path);
    return *entry;
}

StockChoice chooseStockSubsets(const layout::LaidOutDocument& document, const layout::FontFiles& files) {
    StockChoice choice{};
    bool refused[layout::kFaceCount] = {};
    for (const layout::Page& page : document.pages) {
        for (const layout::Op& op : page.ops) {
            const auto* text = std::get_if<layout::TextOp>(&op);
            if (!text || text->text.empty()) continue;
            const int face = static_cast<int>(text->face);
            // An undeclared face is left to DocumentFonts, which reports the layout bug.
            if (refused[face] || !document.faceUsed[face]) continue;
            if (!choice[face]) choice[face] = &StockFonts::forThisThread().subset(text->face, files.paths[face]);
            if (!choice[face]->covers(text->text)) refused[face] = true;
        }
    }
    for (int face = 0; face < layout::kFaceCount; ++face)
        if (refused[face]) choice[face] = nullptr;
    return choice;
}

}  // namespace fd::pdf
