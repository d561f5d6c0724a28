// A page's content stream, written in one piece: the page painter builds the operators as text,
// and this compresses them and hands PoDoFo the finished stream.
#pragma once

#include <podofo/podofo.h>

#include <string>

namespace fd::pdf {

// Replaces `page`'s content stream by `content`, Flate-compressed at a fast zlib level.
// Throws OutputError when compression fails.
void setPageContent(PoDoFo::PdfPage& page, const std::string& content);

}  // namespace fd::pdf
