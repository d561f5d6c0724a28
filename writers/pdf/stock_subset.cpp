#include "writers/pdf/stock_subset.h"

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

// zlib's best level: the program is compressed once per thread and copied into every document.
constexpr int kProgramCompressionLevel = 9;

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

// Replaces the program PoDoFo embedded by its trimmed form (truetype_trim.h); returns it.
std::string trimProgram(PdfObject& fontFile, const std::vector<uint16_t>& drawn) {
    char* bytes = nullptr;
    PoDoFo::pdf_long length = 0;
    fontFile.GetStream()->GetFilteredCopy(&bytes, &length);
    const std::string embedded(bytes, static_cast<size_t>(length));
    PoDoFo::podofo_free(bytes);
    std::string trimmed = trimTrueType(embedded, drawn);
    fontFile.GetDictionary().AddKey("Length1", PdfObject(static_cast<PoDoFo::pdf_int64>(trimmed.size())));
    setFlateStream(fontFile, flateCompress(trimmed, kProgramCompressionLevel));
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

// Fewer objects to copy and write for each document: the CIDSet (a list of the glyphs present,
// which only PDF/A-1 asks for) goes, the CIDSystemInfo becomes a direct dictionary.
void dropOptionalObjects(PdfObject& cidFont, PdfObject& descriptor, const PoDoFo::PdfVecObjects& objects) {
    descriptor.GetDictionary().RemoveKey("CIDSet");
    const PoDoFo::PdfDictionary systemInfo = referenced(cidFont, "CIDSystemInfo", objects).GetDictionary();
    cidFont.GetDictionary().AddKey("CIDSystemInfo", PdfObject(systemInfo));
}

bool holdsReference(const PdfObject& value) {
    if (value.IsReference()) return true;
    if (value.IsDictionary()) {
        for (const auto& entry : value.GetDictionary().GetKeys())
            if (holdsReference(*entry.second)) return true;
    } else if (value.IsArray()) {
        for (const PdfObject& item : value.GetArray())
            if (holdsReference(item)) return true;
    }
    return false;
}

// Every value of a font dictionary that refers to no other object (the widths array: hundreds
// of numbers; the bounding box, names, metrics) stored as its serialised text: each document
// then copies and writes one string per key instead of building and formatting every number
// again. PoDoFo writes that text as is, the same bytes it would have written.
void freezePlainValues(PdfObject& dictionaryObject) {
    PoDoFo::PdfDictionary& dictionary = dictionaryObject.GetDictionary();
    std::vector<std::pair<PoDoFo::PdfName, std::string>> frozen;
    for (const auto& [key, value] : dictionary.GetKeys()) {
        if (holdsReference(*value) || value->GetDataType() == PoDoFo::ePdfDataType_RawData) continue;
        std::string text;
        value->ToString(text, PoDoFo::ePdfWriteMode_Compact);
        frozen.emplace_back(key, std::move(text));
    }
    for (const auto& [key, text] : frozen) dictionary.AddKey(key, PdfObject(PoDoFo::PdfData(text.data(), text.size())));
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
        dropOptionalObjects(cidFont, descriptor, all);
        for (PdfObject* dictionary : {&type0, &cidFont, &descriptor}) freezePlainValues(*dictionary);
        font_ = &type0;
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, "cannot subset font " + path);
    }
}

const PoDoFo::PdfVecObjects& StockSubset::objects() const {
    return *static_cast<const PoDoFo::PdfDocument&>(*holder_).GetObjects();
}

const SerialisedObjects& StockSubset::serialised(int first) const {
    if (!serialised_) serialised_ = std::make_unique<SerialisedGraph>(*font_, objects());
    return serialised_->numberedFrom(first);
}

bool StockSubset::covers(const std::string& utf8) const {
    size_t pos = 0;
    char32_t cp = 0;
    while (pos < utf8.size())
        if (!layout::nextCodePoint(utf8, pos, cp) || glyph(cp) == 0) return false;
    return true;
}

}  // namespace fd::pdf
