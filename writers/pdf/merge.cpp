#include "writers/pdf/merge.h"

#include <podofo/podofo.h>

#include <deque>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "util/atomic_file.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

using PoDoFo::PdfObject;
using PoDoFo::PdfReference;

struct RefHash {
    size_t operator()(const PdfReference& r) const {
        return std::hash<uint64_t>()((static_cast<uint64_t>(r.ObjectNumber()) << 16) ^ r.GenerationNumber());
    }
};
using RefMap = std::unordered_map<PdfReference, PdfReference, RefHash>;
using RefSet = std::unordered_set<PdfReference, RefHash>;

bool hasName(const PdfObject& object, const char* key, const char* value) {
    if (!object.IsDictionary()) return false;
    const PdfObject* found = object.GetDictionary().GetKey(key);
    return found && found->IsName() && found->GetName() == PoDoFo::PdfName(value);
}

// Calls `visit` on every reference held directly or nested inside `object`.
void forEachReference(PdfObject& object, const std::function<void(PdfObject&)>& visit) {
    if (object.IsReference()) {
        visit(object);
    } else if (object.IsDictionary()) {
        for (auto& entry : object.GetDictionary().GetKeys()) forEachReference(*entry.second, visit);
    } else if (object.IsArray()) {
        for (PdfObject& element : object.GetArray()) forEachReference(element, visit);
    }
}

// Objects worth sharing between certificates: streams (images, soft masks, font programs,
// ToUnicode maps) and the font dictionaries around them. Never pages or annotations, which
// belong to one page each.
bool shareable(const PdfObject& object) {
    if (object.HasStream()) return true;
    return hasName(object, "Type", "Font") || hasName(object, "Type", "FontDescriptor");
}

// The content that makes two objects interchangeable: their serialised dictionary (with the
// references they hold) and their encoded stream.
std::string contentOf(const PdfObject& object) {
    std::string text;
    object.ToString(text, PoDoFo::ePdfWriteMode_Compact);
    if (object.HasStream()) {
        char* bytes = nullptr;
        PoDoFo::pdf_long length = 0;
        const_cast<PdfObject&>(object).GetStream()->GetCopy(&bytes, &length);   // still encoded
        text += '\0';
        text.append(bytes, static_cast<size_t>(length));
        PoDoFo::podofo_free(bytes);
    }
    return text;
}

// Finds, among the objects already merged, one with the same content as a new object.
class SharedObjects {
public:
    explicit SharedObjects(PoDoFo::PdfVecObjects& objects) : objects_(objects) {}

    // The object to use instead of `object`, or null when it is the first of its kind.
    const PdfObject* twinOf(const PdfObject& object) {
        const std::string content = contentOf(object);
        std::vector<PdfReference>& candidates = byHash_[std::hash<std::string_view>()(content)];
        for (const PdfReference& ref : candidates) {
            const PdfObject* candidate = objects_.GetObject(ref);
            if (candidate && ref != object.Reference() && contentOf(*candidate) == content) return candidate;
        }
        candidates.push_back(object.Reference());
        return nullptr;
    }

private:
    PoDoFo::PdfVecObjects& objects_;
    std::unordered_map<size_t, std::vector<PdfReference>> byHash_;
};

// Replaces each new object that has a twin among the merged ones by that twin, until nothing
// changes: a font dictionary becomes a twin only once its font program was replaced.
void shareDuplicates(PoDoFo::PdfVecObjects& objects, std::vector<PdfReference>& added, SharedObjects& shared) {
    for (bool changed = true; changed;) {
        changed = false;
        RefMap replaced;
        for (const PdfReference& ref : added) {
            const PdfObject* object = objects.GetObject(ref);
            if (!object || !shareable(*object)) continue;
            if (const PdfObject* twin = shared.twinOf(*object)) replaced.emplace(ref, twin->Reference());
        }
        if (replaced.empty()) break;
        changed = true;
        for (const PdfReference& ref : added)
            if (PdfObject* object = objects.GetObject(ref))
                forEachReference(*object, [&](PdfObject& reference) {
                    auto found = replaced.find(reference.GetReference());
                    if (found != replaced.end()) reference = PdfObject(found->second);
                });
        for (const auto& entry : replaced) delete objects.RemoveObject(entry.first);
        std::vector<PdfReference> remaining;
        for (const PdfReference& ref : added)
            if (!replaced.count(ref)) remaining.push_back(ref);
        added.swap(remaining);
    }
}

bool isSignatureWidget(const PoDoFo::PdfVecObjects& objects, const PdfObject& annotation) {
    const PdfObject* dict = annotation.IsReference() ? objects.GetObject(annotation.GetReference()) : &annotation;
    if (!dict || !hasName(*dict, "Subtype", "Widget")) return false;
    if (hasName(*dict, "FT", "Sig")) return true;
    const PdfObject* parent = dict->GetDictionary().GetKey("Parent");
    if (parent && parent->IsReference()) parent = objects.GetObject(parent->GetReference());
    return parent && hasName(*parent, "FT", "Sig");
}

void dropSignatureWidgets(const PoDoFo::PdfVecObjects& objects, PdfObject& page) {
    PdfObject* annots = page.GetDictionary().GetKey("Annots");
    if (!annots || !annots->IsArray()) return;
    PoDoFo::PdfArray kept;
    for (const PdfObject& annotation : annots->GetArray())
        if (!isSignatureWidget(objects, annotation)) kept.push_back(annotation);
    if (kept.empty())
        page.GetDictionary().RemoveKey("Annots");
    else
        *annots = PdfObject(kept);
}

// Removes what no longer hangs from the trailer: each input's catalog, page tree, information
// dictionary, outline and form.
void dropUnreachable(PoDoFo::PdfMemDocument& document) {
    PoDoFo::PdfVecObjects& objects = document.GetObjects();
    RefSet reached;
    std::vector<PdfObject*> pending;
    auto reach = [&](PdfObject& reference) {
        if (!reached.insert(reference.GetReference()).second) return;
        if (PdfObject* target = objects.GetObject(reference.GetReference())) pending.push_back(target);
    };
    forEachReference(*const_cast<PdfObject*>(document.GetTrailer()), reach);
    while (!pending.empty()) {
        PdfObject* object = pending.back();
        pending.pop_back();
        forEachReference(*object, reach);
    }
    std::vector<PdfReference> unreachable;
    for (PdfObject* object : objects)
        if (!reached.count(object->Reference())) unreachable.push_back(object->Reference());
    for (const PdfReference& ref : unreachable) delete objects.RemoveObject(ref);
}

class Merger {
public:
    explicit Merger(const MergeOptions& options) : options_(options), shared_(out_.GetObjects()) {
        out_.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
    }

    void append(const MergeInput& input) {
        PoDoFo::PdfMemDocument source(input.path.c_str());
        PoDoFo::PdfVecObjects& objects = out_.GetObjects();
        // PdfDocument::Append numbers the copies from here (objects plus free slots).
        const int offset = static_cast<int>(objects.GetSize() + objects.GetFreeObjects().size());
        out_.Append(source, /*bAppendAll=*/false);   // the pages go in below, all at once

        std::vector<PdfReference> added;
        for (const PdfObject* object : source.GetObjects())
            added.emplace_back(object->Reference().ObjectNumber() + offset, object->Reference().GenerationNumber());
        const size_t firstPage = pages_.size();
        for (int i = 0; i < source.GetPageCount(); ++i) {
            const PdfReference ref = source.GetPage(i)->GetObject()->Reference();
            PdfObject* page = objects.GetObject(PdfReference(ref.ObjectNumber() + offset, ref.GenerationNumber()));
            if (!page || !hasName(*page, "Type", "Page"))
                throw std::logic_error("PDF merge: page " + std::to_string(i + 1) + " of " + input.path + " was not copied");
            page->GetDictionary().RemoveKey("Parent");
            dropSignatureWidgets(objects, *page);
            pages_.push_back(page);
        }
        shareDuplicates(objects, added, shared_);
        if (pages_.size() > firstPage) bookmarks_.push_back({input.bookmark, pages_[firstPage]});
    }

    void write(const std::string& path) {
        // All pages at once: inserting one at a time copies the /Kids array each time (O(n²)).
        out_.GetPagesTree()->InsertPages(PoDoFo::ePdfPageInsertionPoint_InsertBeforeFirstPage, pages_);
        writeBookmarks();
        writeInfo();
        dropUnreachable(out_);
        AtomicPath file(path);
        out_.Write(file.tempPath().c_str());
        file.commit();
    }

private:
    struct Bookmark {
        std::string title;
        PdfObject* page;
    };

    void writeBookmarks() {
        if (bookmarks_.empty()) return;
        PoDoFo::PdfOutlines* root = out_.GetOutlines(PoDoFo::ePdfCreateObject);
        for (const Bookmark& mark : bookmarks_) {
            PoDoFo::PdfPage page(mark.page, std::deque<PdfObject*>());
            root->CreateChild(u8s(mark.title), PoDoFo::PdfDestination(&page));
        }
        root->GetObject()->GetDictionary().AddKey(
            "Count", PdfObject(static_cast<PoDoFo::pdf_int64>(bookmarks_.size())));
    }

    void writeInfo() {
        PoDoFo::PdfDictionary& info = out_.GetInfo()->GetObject()->GetDictionary();
        if (!options_.title.empty()) info.AddKey("Title", u8s(options_.title));
        info.AddKey("Producer", PoDoFo::PdfString("formadoc"));
        const PoDoFo::PdfString date(pdfDate(options_.createdUnix));
        info.AddKey("CreationDate", date);
        info.AddKey("ModDate", date);
        if (!options_.language.empty())
            out_.GetCatalog()->GetDictionary().AddKey("Lang", PoDoFo::PdfString(options_.language));
        if (!options_.title.empty()) out_.SetDisplayDocTitle();
    }

    const MergeOptions& options_;
    PoDoFo::PdfMemDocument out_;
    SharedObjects shared_;
    std::vector<PdfObject*> pages_;
    std::vector<Bookmark> bookmarks_;
};

}  // namespace

void mergePdfFiles(const std::vector<MergeInput>& inputs, const MergeOptions& options, const std::string& output) {
    if (inputs.empty()) throw std::invalid_argument("PDF merge: no input for " + output);
    PoDoFo::PdfError::EnableLogging(false);
    const MergeInput* current = &inputs.front();
    try {
        Merger merger(options);
        for (const MergeInput& input : inputs) {
            current = &input;
            merger.append(input);
        }
        current = nullptr;
        merger.write(output);
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, current ? "cannot read " + current->path : "cannot write " + output);
    }
}

}  // namespace fd::pdf
