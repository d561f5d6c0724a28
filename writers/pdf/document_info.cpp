#include "writers/pdf/document_info.h"

#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

void setOrRemove(PoDoFo::PdfDictionary& info, const char* key, const std::string& value) {
    if (value.empty())
        info.RemoveKey(PoDoFo::PdfName(key));
    else
        info.AddKey(PoDoFo::PdfName(key), u8s(value));
}

}  // namespace

void writeDocumentInfo(PoDoFo::PdfMemDocument& document, const doc::Metadata& metadata) {
    PoDoFo::PdfDictionary& info = document.GetInfo()->GetObject()->GetDictionary();
    setOrRemove(info, "Title", metadata.title);
    setOrRemove(info, "Author", metadata.author);
    setOrRemove(info, "Subject", metadata.subject);
    setOrRemove(info, "Keywords", metadata.keywords);
    setOrRemove(info, "Creator", metadata.creator);
    setOrRemove(info, "Producer", metadata.creator);   // replaces PoDoFo's own name and URL
    const PoDoFo::PdfString date(pdfDate(metadata.created));
    info.AddKey("CreationDate", date);
    info.AddKey("ModDate", date);

    PoDoFo::PdfDictionary& catalog = document.GetCatalog()->GetDictionary();
    // Set directly: PdfDocument::SetLanguage leaks a little per document.
    if (!metadata.language.empty()) catalog.AddKey("Lang", PoDoFo::PdfString(metadata.language));
    document.SetDisplayDocTitle();
}

}  // namespace fd::pdf
