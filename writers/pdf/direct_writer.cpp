#include "writers/pdf/direct_writer.h"

#include <openssl/evp.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <variant>
#include <vector>

#include "util/atomic_file.h"
#include "writers/pdf/content_stream.h"
#include "writers/pdf/direct_outline.h"
#include "writers/pdf/image_cache.h"
#include "writers/pdf/page_resources.h"
#include "writers/pdf/pdf_syntax.h"
#include "writers/pdf/serialised_objects.h"
#include "writers/pdf/stock_subset.h"

namespace fd::pdf {
namespace {

constexpr int kCatalog = 1, kPages = 2, kInfo = 3, kFirstFree = 4;

std::string rectangle(double x1, double y1, double x2, double y2) {
    std::string out = "[";
    for (double v : {x1, y1, x2, y2}) {
        if (out.size() > 1) out += ' ';
        appendPdfNumber(out, v);
    }
    return out + "]";
}

// Object numbers: the catalog, the page tree and the info dictionary, then the fonts (in face
// order) and the images (in order of first use), then each page with its content stream and
// its links, then the outline. Fonts and images come before the pages so that their numbers, and so their
// serialised text, are the same in every certificate of a batch.
struct Numbering {
    int font[layout::kFaceCount] = {};
    std::vector<std::pair<std::string, StoredImage>> images;   // path, stored image
    std::vector<int> imageNumber;
    std::vector<int> page, content;
    std::vector<std::vector<int>> links;
    int outline = 0;         // the outline's root, its items after it; 0 without bookmarks
    int size = kFirstFree;   // one past the last number
};

Numbering numberObjects(const layout::LaidOutDocument& document, const StockChoice& stock) {
    Numbering n;
    for (int face = 0; face < layout::kFaceCount; ++face) {
        if (!stock[face]) continue;
        n.font[face] = n.size;
        n.size += stock[face]->serialised(n.size).count();
    }
    for (const layout::Page& page : document.pages) {
        for (const layout::Op& op : page.ops) {
            const auto* image = std::get_if<layout::ImageOp>(&op);
            if (!image) continue;
            bool known = false;
            for (const auto& entry : n.images) known = known || entry.first == image->path;
            if (known) continue;
            n.images.emplace_back(image->path, ImageCache::forThisThread().image(image->path));
            n.imageNumber.push_back(n.size);
            n.size += n.images.back().second.serialised->numberedFrom(n.size).count();
        }
    }
    for (const layout::Page& page : document.pages) {
        n.page.push_back(n.size++);
        n.content.push_back(n.size++);
        n.links.emplace_back();
        for (const layout::Op& op : page.ops)
            if (std::holds_alternative<layout::LinkOp>(op)) n.links.back().push_back(n.size++);
    }
    if (!document.bookmarks.empty()) {
        n.outline = n.size;
        n.size += 1 + static_cast<int>(document.bookmarks.size());
    }
    return n;
}

// The resources of one page as the direct writer names them ("Ft<n>", "XOb<n>" after their object
// numbers, as PoDoFo does), and its link annotations as dictionaries.
class DirectPageResources : public PageResources {
public:
    DirectPageResources(const Numbering& numbering, std::optional<GlyphMap> (&glyphs)[layout::kFaceCount],
                        const std::string& annotationDate)
        : numbering_(numbering), glyphs_(glyphs), annotationDate_(annotationDate) {}

    FontResource font(layout::Face face) override {
        const int index = static_cast<int>(face);
        if (!glyphs_[index]) throw std::logic_error("PDF writer: a text in a face without a stock subset");
        fontUsed_[index] = true;
        return FontResource{"Ft" + std::to_string(numbering_.font[index]), &*glyphs_[index]};
    }

    std::string image(const std::string& path) override {
        for (size_t i = 0; i < numbering_.images.size(); ++i) {
            if (numbering_.images[i].first != path) continue;
            imageUsed_.resize(numbering_.images.size());
            imageUsed_[i] = true;
            return "XOb" + std::to_string(numbering_.imageNumber[i]);
        }
        throw std::logic_error("PDF writer: an image missing from the numbering: " + path);
    }

    void link(const layout::LinkOp& op) override {
        std::string annotation = "<</Type/Annot/Subtype/Link/Rect" + rectangle(op.x, op.y, op.x + op.w, op.y + op.h) +
                                 "/Border[0 0 0]/M" + pdfTextString(annotationDate_);
        if (!op.uri.empty()) {
            annotation += "/A<</S/URI/URI" + pdfTextString(asciiUri(op.uri)) + ">>>>";
        } else {
            if (op.targetPage < 0 || op.targetPage >= static_cast<int>(numbering_.page.size()))
                throw std::logic_error("PDF writer: link to page " + std::to_string(op.targetPage) + " of " +
                                       std::to_string(numbering_.page.size()));
            std::string top;
            appendPdfNumber(top, op.targetY);
            annotation += "/Dest[" + pdfReference(numbering_.page[static_cast<size_t>(op.targetPage)]) + "/XYZ 0 " + top +
                          " 0]>>";
        }
        annotations_.push_back(std::move(annotation));
    }

    // "/Resources<<…>>" with what the page used.
    std::string resourcesEntry() const {
        std::string fonts, images;
        for (int face = 0; face < layout::kFaceCount; ++face)
            if (fontUsed_[face]) fonts += "/Ft" + std::to_string(numbering_.font[face]) + " " + pdfReference(numbering_.font[face]);
        for (size_t i = 0; i < imageUsed_.size(); ++i)
            if (imageUsed_[i])
                images += "/XOb" + std::to_string(numbering_.imageNumber[i]) + " " + pdfReference(numbering_.imageNumber[i]);
        std::string out = "/Resources<<";
        if (!fonts.empty()) out += "/Font<<" + fonts + ">>";
        out += "/ProcSet[/PDF/Text/ImageB/ImageC/ImageI]";
        if (!images.empty()) out += "/XObject<<" + images + ">>";
        return out + ">>";
    }
    const std::vector<std::string>& annotations() const { return annotations_; }

private:
    const Numbering& numbering_;
    std::optional<GlyphMap> (&glyphs_)[layout::kFaceCount];
    const std::string& annotationDate_;
    bool fontUsed_[layout::kFaceCount] = {};
    std::vector<bool> imageUsed_;
    std::vector<std::string> annotations_;
};

class FileBuilder {
public:
    FileBuilder() { bytes_ = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"; }

    void object(int number, const std::string& dictionary, const std::string* stream = nullptr) {
        at(number, bytes_.size());
        appendIndirectObject(bytes_, number, dictionary, stream);
    }
    void objects(const SerialisedObjects& serialised) {
        for (int i = 0; i < serialised.count(); ++i) at(serialised.first + i, bytes_.size() + serialised.offsets[i]);
        bytes_ += serialised.bytes;
    }

    std::string finish(int size, const std::string& id) {
        const size_t xref = bytes_.size();
        bytes_ += "xref\n0 " + std::to_string(size) + "\n0000000000 65535 f \n";
        char entry[48];
        for (int number = 1; number < size; ++number) {
            if (offsets_.size() <= static_cast<size_t>(number) || offsets_[number] == 0)
                throw std::logic_error("PDF writer: object " + std::to_string(number) + " was never written");
            std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offsets_[number]);
            bytes_ += entry;
        }
        bytes_ += "trailer\n<</Size " + std::to_string(size) + "/Root " + pdfReference(kCatalog) + "/Info " +
                  pdfReference(kInfo) + "/ID[<" + id + "><" + id + ">]>>\nstartxref\n" + std::to_string(xref) +
                  "\n%%EOF\n";
        return std::move(bytes_);
    }

private:
    void at(int number, size_t offset) {
        if (offsets_.size() <= static_cast<size_t>(number)) offsets_.resize(number + 1, 0);
        offsets_[number] = offset;
    }
    std::string bytes_;
    std::vector<size_t> offsets_;
};

std::string infoDictionary(const doc::Metadata& metadata, const std::string& date) {
    std::string out = "<<";
    const auto add = [&out](const char* key, const std::string& value) {
        if (value.empty()) return;
        out += '/';
        out += key;
        out += pdfTextString(value);
    };
    add("Author", metadata.author);
    add("CreationDate", date);
    add("Creator", metadata.creator);
    add("Keywords", metadata.keywords);
    add("ModDate", date);
    add("Producer", metadata.creator);
    add("Subject", metadata.subject);
    add("Title", metadata.title);
    return out + ">>";
}

std::string catalogDictionary(const doc::Metadata& metadata, int outline) {
    std::string out = "<</Type/Catalog/Pages " + pdfReference(kPages);
    if (outline != 0) out += "/Outlines " + pdfReference(outline);
    if (!metadata.language.empty()) out += "/Lang" + pdfTextString(metadata.language);
    return out + "/ViewerPreferences<</DisplayDocTitle true>>>>";
}

// The file identifier: a digest of what makes this document itself (its information
// dictionary and its pages' content), so that two certificates never share one.
std::string fileIdentifier(const std::string& info, const std::vector<std::string>& contents) {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    bool ok = context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1 &&
              EVP_DigestUpdate(context.get(), info.data(), info.size()) == 1;
    for (const std::string& content : contents)
        ok = ok && EVP_DigestUpdate(context.get(), content.data(), content.size()) == 1;
    ok = ok && EVP_DigestFinal_ex(context.get(), digest, &length) == 1 && length >= 16;
    if (!ok) throw OutputError("PDF writer: cannot compute the file identifier");
    static const char hex[] = "0123456789ABCDEF";
    std::string id;
    for (int i = 0; i < 16; ++i) {
        id += hex[digest[i] >> 4];
        id += hex[digest[i] & 0xF];
    }
    return id;
}

}  // namespace

bool directlyWritable(const layout::LaidOutDocument& document, const StockChoice& stock) {
    for (const layout::Page& page : document.pages)
        for (const layout::Op& op : page.ops)
            if (const auto* text = std::get_if<layout::TextOp>(&op))
                if (!text->text.empty() && !stock[static_cast<int>(text->face)]) return false;
    return true;
}

std::string directPdfBytes(const layout::LaidOutDocument& document, const StockChoice& stock) {
    if (document.pages.empty())
        throw std::logic_error("PDF writer: document has no pages: \"" + document.metadata.title + "\"");
    const Numbering numbering = numberObjects(document, stock);
    std::optional<GlyphMap> glyphs[layout::kFaceCount];
    for (int face = 0; face < layout::kFaceCount; ++face)
        if (stock[face]) glyphs[face].emplace(*stock[face]);
    const std::string date = pdfDate(document.metadata.created);

    std::vector<std::string> pages, contents;
    std::vector<std::vector<std::string>> links;
    for (size_t i = 0; i < document.pages.size(); ++i) {
        const layout::Page& page = document.pages[i];
        DirectPageResources resources(numbering, glyphs, date);
        contents.push_back(pageContent(page, resources));
        std::string dictionary = "<</Type/Page/Parent " + pdfReference(kPages) + "/MediaBox" +
                                 rectangle(0, 0, page.width, page.height) + resources.resourcesEntry() + "/Contents " +
                                 pdfReference(numbering.content[i]);
        if (!resources.annotations().empty()) {
            dictionary += "/Annots[";
            for (size_t k = 0; k < resources.annotations().size(); ++k)
                dictionary += (k ? " " : "") + pdfReference(numbering.links[i][k]);
            dictionary += "]";
        }
        pages.push_back(dictionary + ">>");
        links.push_back(resources.annotations());
    }

    const std::string info = infoDictionary(document.metadata, date);
    FileBuilder file;
    file.object(kCatalog, catalogDictionary(document.metadata, numbering.outline));
    std::string kids;
    for (int number : numbering.page) kids += (kids.empty() ? "" : " ") + pdfReference(number);
    file.object(kPages, "<</Type/Pages/Count " + std::to_string(document.pages.size()) + "/Kids[" + kids + "]>>");
    file.object(kInfo, info);
    for (int face = 0; face < layout::kFaceCount; ++face)
        if (stock[face]) file.objects(stock[face]->serialised(numbering.font[face]));
    for (size_t i = 0; i < numbering.images.size(); ++i)
        file.objects(numbering.images[i].second.serialised->numberedFrom(numbering.imageNumber[i]));
    for (size_t i = 0; i < pages.size(); ++i) {
        file.object(numbering.page[i], pages[i]);
        const std::string compressed = compressPageContent(contents[i]);
        file.object(numbering.content[i], "<</Filter/FlateDecode>>", &compressed);
        for (size_t k = 0; k < links[i].size(); ++k) file.object(numbering.links[i][k], links[i][k]);
    }
    const std::vector<std::string> outline = outlineDictionaries(document.bookmarks, numbering.outline, numbering.page);
    for (size_t i = 0; i < outline.size(); ++i) file.object(numbering.outline + static_cast<int>(i), outline[i]);
    return file.finish(numbering.size, fileIdentifier(info, contents));
}

}  // namespace fd::pdf
