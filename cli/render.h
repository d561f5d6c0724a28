// Turns a document tree into a PDF file: layout, then the PDF writer. Fonts are loaded once
// per process and shared by every thread.
#pragma once

#include <string>

#include "doc/doc.h"
#include "writers/pdf/pdf_writer.h"

namespace fd::cli {

// Writes `document` to `path` atomically. Throws layout::LayoutError or fd::OutputError.
void renderPdf(const doc::Document& document, const std::string& path);

// The PDF's bytes, in memory, with writer `options` (writers/pdf/pdf_writer.h): for a caller
// that hashes or signs them before writing the file. Throws what renderPdf throws.
std::string renderPdfBytes(const doc::Document& document, const pdf::PdfWriteOptions& options);

}  // namespace fd::cli
