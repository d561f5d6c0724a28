// Copies a PDF object, with every object it references and their streams still encoded, from
// one document into another. PoDoFo 0.9.8 has no API for this short of appending whole documents.
#pragma once

#include <podofo/podofo.h>

namespace fd::pdf {

// Returns the copy of `root` (an indirect object of `from`) created in `to`. The graph must be
// acyclic, which holds for what PoDoFo's image loaders create (image → soft mask, palette).
PoDoFo::PdfObject* copyObjectGraph(const PoDoFo::PdfObject& root, const PoDoFo::PdfVecObjects& from,
                                   PoDoFo::PdfVecObjects& to);

}  // namespace fd::pdf
