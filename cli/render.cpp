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

void renderPdf(const doc::Document& document, const std::string& path, const pdf::PdfWriteOptions& options) {
    const layout::Fonts& fonts = sharedFonts();
    pdf::writePdf(layout::layoutDocument(document, fonts), fonts.files(), path, options);
}

}  // namespace fd::cli
