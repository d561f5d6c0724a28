#include "writers/pdf/pdf_writer.h"

#include <podofo/podofo.h>

#include <malloc.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "util/atomic_file.h"
#include "writers/pdf/direct_writer.h"
#include "writers/pdf/document_fonts.h"
#include "writers/pdf/document_images.h"
#include "writers/pdf/document_info.h"
#include "writers/pdf/document_outline.h"
#include "writers/pdf/page_painter.h"
#include "writers/pdf/pdf_syntax.h"

static_assert(PODOFO_VERSION_MAJOR == 0 && PODOFO_VERSION_MINOR == 9, "written against PoDoFo 0.9.x");

namespace fd::pdf {
namespace {

// Page objects are created outside the page tree and inserted all at once at the end:
// PdfDocument::CreatePage copies the whole /Kids array on every call (O(n²): 246 s for 20,000
// pages against 13 s this way).
std::vector<std::unique_ptr<PoDoFo::PdfPage>> createPages(PoDoFo::PdfMemDocument& pdf,
                                                          const std::vector<layout::Page>& pages) {
    std::vector<std::unique_ptr<PoDoFo::PdfPage>> created;
    created.reserve(pages.size());
    for (const layout::Page& page : pages)
        created.push_back(std::make_unique<PoDoFo::PdfPage>(PoDoFo::PdfRect(0, 0, page.width, page.height), &pdf));
    return created;
}

void insertIntoPageTree(PoDoFo::PdfMemDocument& pdf, const std::vector<PoDoFo::PdfPage*>& pages) {
    std::vector<PoDoFo::PdfObject*> objects;
    objects.reserve(pages.size());
    for (PoDoFo::PdfPage* page : pages) objects.push_back(page->GetObject());
    pdf.GetPagesTree()->InsertPages(PoDoFo::ePdfPageInsertionPoint_InsertBeforeFirstPage, objects);
}

void writeTo(const layout::LaidOutDocument& document, const layout::FontFiles& fontFiles, const StockChoice& stock,
             PoDoFo::PdfOutputDevice& device) {
    PoDoFo::PdfMemDocument pdf;
    pdf.SetPdfVersion(PoDoFo::ePdfVersion_1_7);   // default 1.3; /Lang and soft masks need 1.4+

    // Everything that wraps the document's objects is destroyed before the document.
    DocumentFonts fonts(pdf, fontFiles, document.faceUsed, stock);
    DocumentImages images(pdf);
    std::vector<std::unique_ptr<PoDoFo::PdfPage>> ownedPages = createPages(pdf, document.pages);
    std::vector<PoDoFo::PdfPage*> pages;
    for (auto& page : ownedPages) pages.push_back(page.get());

    const PaintContext context{pdf, fonts, images, pages, pdfDate(document.metadata.created)};
    for (size_t i = 0; i < pages.size(); ++i) paintPage(document.pages[i], *pages[i], context);

    writeOutline(pdf, document.bookmarks, pages);
    writeDocumentInfo(pdf, document.metadata);
    insertIntoPageTree(pdf, pages);
    pdf.Write(&device);
}

void checkWritable(const layout::LaidOutDocument& document, const std::string& what) {
    if (document.pages.empty()) throw std::logic_error("PDF writer: document has no pages: " + what);
    PoDoFo::PdfError::EnableLogging(false);   // PoDoFo logs to stderr; errors reach us as exceptions
}

// The PoDoFo assembly's bytes, or the direct writer's when options and document allow it.
std::string assembledBytes(const layout::LaidOutDocument& document, const layout::FontFiles& fonts,
                           const PdfWriteOptions& options) {
    const StockChoice stock = options.stockFontSubsets ? chooseStockSubsets(document, fonts) : StockChoice{};
    if (options.stockFontSubsets && options.directWhenPossible && directlyWritable(document, stock))
        return directPdfBytes(document, stock);
    try {
        PoDoFo::PdfRefCountedBuffer buffer;
        PoDoFo::PdfOutputDevice memory(&buffer);
        writeTo(document, fonts, stock, memory);
        return std::string(buffer.GetBuffer(), memory.GetLength());
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, "cannot write \"" + document.metadata.title + "\"");
    }
}

}  // namespace

void writePdf(const layout::LaidOutDocument& document, const layout::FontFiles& fonts, const std::string& path,
              const PdfWriteOptions& options) {
    checkWritable(document, path);
    if (options.stockFontSubsets) {   // small documents: made in memory, then written at once
        writeFileAtomically(path, assembledBytes(document, fonts, options));
        return;
    }
    AtomicPath out(path);
    try {
        PoDoFo::PdfOutputDevice file(out.tempPath().c_str());   // closed before the commit
        writeTo(document, fonts, StockChoice{}, file);
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, "cannot write " + path);
    }
    out.commit();
}

std::string pdfBytes(const layout::LaidOutDocument& document, const layout::FontFiles& fonts,
                     const PdfWriteOptions& options) {
    checkWritable(document, "\"" + document.metadata.title + "\"");
    return assembledBytes(document, fonts, options);
}

void tuneAllocatorForBulkOutput() {
    mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

}  // namespace fd::pdf
