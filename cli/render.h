// Turns a document tree into a PDF file: layout, then the PDF writer. Fonts are loaded once
// per process and shared by every thread.
#pragma once

#include <string>

#include "doc/doc.h"

namespace fd::cli {

// Writes `document` to `path` atomically. Throws layout::LayoutError or fd::OutputError.
void renderPdf(const doc::Document& document, const std::string& path);

}  // namespace fd::cli
