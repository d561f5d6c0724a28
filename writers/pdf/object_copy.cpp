#include "writers/pdf/object_copy.h"

#include <string>

namespace fd::pdf {
namespace {

using PoDoFo::PdfObject;
using PoDoFo::PdfVecObjects;

PoDoFo::PdfVariant copyValue(const PdfObject& value, const PdfVecObjects& from, PdfVecObjects& to);

PoDoFo::PdfReference copyIndirect(const PoDoFo::PdfReference& reference, const PdfVecObjects& from,
                                  PdfVecObjects& to) {
    const PdfObject* source = from.MustGetObject(reference);
    return copyObjectGraph(*source, from, to)->Reference();
}

PoDoFo::PdfVariant copyValue(const PdfObject& value, const PdfVecObjects& from, PdfVecObjects& to) {
    if (value.IsReference()) return PoDoFo::PdfVariant(copyIndirect(value.GetReference(), from, to));
    if (value.IsDictionary()) {
        PoDoFo::PdfDictionary copy;
        for (const auto& [key, entry] : value.GetDictionary().GetKeys())
            copy.AddKey(key, PdfObject(copyValue(*entry, from, to)));
        return PoDoFo::PdfVariant(copy);
    }
    if (value.IsArray()) {
        PoDoFo::PdfArray copy;
        for (const PdfObject& item : value.GetArray()) copy.push_back(PdfObject(copyValue(item, from, to)));
        return PoDoFo::PdfVariant(copy);
    }
    return PoDoFo::PdfVariant(value);   // numbers, names, strings…: plain values
}

}  // namespace

PdfObject* copyObjectGraph(const PdfObject& root, const PdfVecObjects& from, PdfVecObjects& to) {
    PdfObject* copy = to.CreateObject(copyValue(root, from, to));
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
