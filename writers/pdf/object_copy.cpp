#include "writers/pdf/object_copy.h"

#include <string>
#include <vector>

namespace fd::pdf {
namespace {

using PoDoFo::PdfObject;
using PoDoFo::PdfReference;
using PoDoFo::PdfVecObjects;

// Copies, in the order a depth-first walk of `value` meets them, every object `value` refers
// to; appends their new references to `copies` in that order.
void copyReferenced(const PdfObject& value, const PdfVecObjects& from, PdfVecObjects& to,
                    std::vector<PdfReference>& copies) {
    if (value.IsReference()) {
        copies.push_back(copyObjectGraph(*from.MustGetObject(value.GetReference()), from, to)->Reference());
    } else if (value.IsDictionary()) {
        for (const auto& entry : value.GetDictionary().GetKeys()) copyReferenced(*entry.second, from, to, copies);
    } else if (value.IsArray()) {
        for (const PdfObject& item : value.GetArray()) copyReferenced(item, from, to, copies);
    }
}

// `value` with its references replaced, in the same walk order, by `copies[next…]`.
PoDoFo::PdfVariant rewired(const PdfObject& value, const std::vector<PdfReference>& copies, size_t& next) {
    if (value.IsReference()) return PoDoFo::PdfVariant(copies[next++]);
    if (value.IsDictionary()) {
        PoDoFo::PdfDictionary copy;
        for (const auto& [key, entry] : value.GetDictionary().GetKeys())
            copy.AddKey(key, PdfObject(rewired(*entry, copies, next)));
        return PoDoFo::PdfVariant(copy);
    }
    if (value.IsArray()) {
        PoDoFo::PdfArray copy;
        for (const PdfObject& item : value.GetArray()) copy.push_back(PdfObject(rewired(item, copies, next)));
        return PoDoFo::PdfVariant(copy);
    }
    return PoDoFo::PdfVariant(value);   // numbers, names, strings…: plain values
}

}  // namespace

PdfObject* copyObjectGraph(const PdfObject& root, const PdfVecObjects& from, PdfVecObjects& to) {
    // The objects it refers to are created first, so a copy is numbered as it always was:
    // after everything below it.
    std::vector<PdfReference> copies;
    copyReferenced(root, from, to, copies);
    size_t next = 0;
    PdfObject* copy = nullptr;
    if (root.IsDictionary()) {
        // Filled in place: building the dictionary aside and handing it to CreateObject would
        // copy every value twice more.
        copy = to.CreateObject();
        PoDoFo::PdfDictionary& dictionary = copy->GetDictionary();
        for (const auto& [key, entry] : root.GetDictionary().GetKeys())
            dictionary.AddKey(key, PdfObject(rewired(*entry, copies, next)));
    } else {
        copy = to.CreateObject(rewired(root, copies, next));
    }
    if (root.HasStream()) {
        // The stream's bytes as stored (still compressed); /Filter came with the dictionary.
        char* bytes = nullptr;
        PoDoFo::pdf_long length = 0;
        root.GetStream()->GetCopy(&bytes, &length);
        PoDoFo::PdfMemoryInputStream input(bytes, length);
        copy->GetStream()->SetRawData(&input, length);
        PoDoFo::podofo_free(bytes);
    }
    return copy;
}

}  // namespace fd::pdf
