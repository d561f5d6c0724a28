// Turns a document tree into a PDF file: layout, then the PDF writer. Fonts are loaded once
// per process and shared by every thread.
#pragma once

#include <string>

#include "doc/doc.h"
#include "writers/pdf/pdf_writer.h"

namespace fd::cli {

// Writes `document` to `path` atomically. Throws layout::LayoutError or fd::OutputError.
// `options`: see writers/pdf/pdf_writer.h (bulk certificates use stock font subsets).
void renderPdf(const doc::Document& document, const std::string& path, const pdf::PdfWriteOptions& options = {});

}  // namespace fd::cli
