// A page's content stream, written in one piece: the page painter builds the operators as text,
// and this compresses them (and, for PoDoFo, hands it the finished stream).
#pragma once

#include <podofo/podofo.h>

#include <string>

namespace fd::pdf {

// `content` compressed for /FlateDecode at the level chosen for content streams.
// Throws OutputError when compression fails.
std::string compressPageContent(const std::string& content);

// Replaces `page`'s content stream by `content`, compressed. Throws OutputError when
// compression fails.
void setPageContent(PoDoFo::PdfPage& page, const std::string& content);

}  // namespace fd::pdf
