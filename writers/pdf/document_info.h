// Document-level metadata: the Info dictionary, /Lang and the viewer preference that shows the
// title instead of the file name.
#pragma once

#include <podofo/podofo.h>

#include "doc/doc.h"

namespace fd::pdf {

// Title, Author, Subject, Keywords, Creator; Producer = Creator (no library name or version
// leaks into the file); CreationDate = ModDate = metadata.created, so that the same input and
// SOURCE_DATE_EPOCH give the same bytes.
void writeDocumentInfo(PoDoFo::PdfMemDocument& document, const doc::Metadata& metadata);

}  // namespace fd::pdf
