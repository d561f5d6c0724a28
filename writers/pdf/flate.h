// Flate compression done by us (libdeflate) rather than by PoDoFo's filter, which always uses
// zlib's default level: page contents want a fast level, font programs compressed once per
// process the smallest output.
#pragma once

#include <podofo/podofo.h>

#include <string>

namespace fd::pdf {

// `bytes` in the zlib format /FlateDecode reads, compressed at `level` (1 fastest … 12
// smallest). Throws OutputError on failure.
std::string flateCompress(const std::string& bytes, int level);

// Replaces the stream of `object` by `compressed` (flateCompress output), with /Filter
// /FlateDecode; the stream's other dictionary keys are kept and /Length is set.
void setFlateStream(PoDoFo::PdfObject& object, const std::string& compressed);

}  // namespace fd::pdf
