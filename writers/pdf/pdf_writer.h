// Writes a laid-out document as a PDF 1.7 file with PoDoFo: subset TrueType fonts (Identity-H,
// with ToUnicode so text can be searched and copied), images, links, bookmarks and metadata.
#pragma once

#include <string>

#include "layout/page.h"

namespace fd::pdf {

struct PdfWriteOptions {
    // For many small documents (certificates): each face whose drawn characters all belong to
    // the stock repertoire (stock_repertoire.h) embeds the stock subset of its font (stock_fonts.h),
    // built once per thread and copied in ready-made, instead of a subset of the glyphs drawn,
    // built for each document. Several times faster for a one-page document, and larger (a
    // certificate with three faces: 61 KB instead of 52 KB). Other faces (an Armenian name, a ✓)
    // are subset for the document as usual.
    bool stockFontSubsets = false;
    // With stockFontSubsets, a document whose every face is a stock subset is serialised
    // directly (direct_writer.h) instead of through PoDoFo's object model: a third of a
    // certificate's writing time. False only to compare the two.
    bool directWhenPossible = true;
};

// Writes `document` to `path` atomically: the file appears complete or not at all.
// Reproducible: the same document and options give the same bytes (dates come from
// metadata.created), whatever was written before in the process.
// Fast for many small documents in one process: an image drawn into every document (a logo)
// is decoded and compressed once per thread, then copied in already encoded.
// Throws fd::OutputError (unreadable font or image, missing glyph, I/O failure) and
// std::logic_error for an inconsistent layout (no pages, undeclared face, link or bookmark to a
// missing page, font size <= 0).
void writePdf(const layout::LaidOutDocument& document, const layout::FontFiles& fonts, const std::string& path,
              const PdfWriteOptions& options = {});

// The bytes writePdf writes, made in memory: for a caller that hashes or signs them before they
// reach a file (bulk certificates), which saves writing the file twice and reading it back.
// Throws what writePdf throws, I/O failures aside.
std::string pdfBytes(const layout::LaidOutDocument& document, const layout::FontFiles& fonts,
                     const PdfWriteOptions& options = {});

// For a process that writes thousands of PDFs: keeps freed memory in the process instead of
// returning it to the kernel after each document, which measurably cuts system time
// (per-document buffers are large enough to be mmap'ed by default). Call once, at start.
void tuneAllocatorForBulkOutput();

}  // namespace fd::pdf
