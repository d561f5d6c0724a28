#include "cli/render.h"

#include "layout/layout.h"
#include "writers/pdf/pdf_writer.h"

namespace fd::cli {
namespace {

const layout::Fonts& sharedFonts() {
    static const layout::Fonts fonts(layout::FontFiles::debianDefaults());
    return fonts;
}

}  // namespace

void renderPdf(const doc::Document& document, const std::string& path) {
    const layout::Fonts& fonts = sharedFonts();
    pdf::writePdf(layout::layoutDocument(document, fonts), fonts.files(), path);
}

std::string renderPdfBytes(const doc::Document& document, const pdf::PdfWriteOptions& options) {
    const layout::Fonts& fonts = sharedFonts();
    return pdf::pdfBytes(layout::layoutDocument(document, fonts), fonts.files(), options);
}

}  // namespace fd::cli
