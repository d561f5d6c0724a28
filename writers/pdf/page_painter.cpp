#include "writers/pdf/page_painter.h"

#include <stdexcept>

#include "writers/pdf/content_stream.h"
#include "writers/pdf/page_resources.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

// The resources of one PoDoFo page: fonts and images of the document, added to the page's
// resource dictionary once each, links as PoDoFo annotations.
class PodofoPageResources : public PageResources {
public:
    PodofoPageResources(PoDoFo::PdfPage& page, const PaintContext& context) : page_(page), context_(context) {}

    FontResource font(layout::Face face) override {
        FontInUse& font = context_.fonts.font(face);
        const int index = static_cast<int>(face);
        if (!fontAdded_[index]) {
            page_.AddResource(font.name, font.reference, PoDoFo::PdfName("Font"));
            fontAdded_[index] = true;
        }
        return FontResource{font.name.GetName(), &font.glyphs};
    }

    std::string image(const std::string& path) override {
        PoDoFo::PdfImage& image = context_.images.image(path);
        if (&image != lastImage_) {   // AddResource replaces an existing key: adding again is harmless
            page_.AddResource(image.GetIdentifier(), image.GetObject()->Reference(), PoDoFo::PdfName("XObject"));
            lastImage_ = &image;
        }
        return image.GetIdentifier().GetName();
    }

    void link(const layout::LinkOp& op) override {
        PoDoFo::PdfAnnotation* link =
            page_.CreateAnnotation(PoDoFo::ePdfAnnotation_Link, PoDoFo::PdfRect(op.x, op.y, op.w, op.h));
        link->SetBorderStyle(0, 0, 0);
        link->GetObject()->GetDictionary().AddKey("M", PoDoFo::PdfString(context_.annotationDate));
        if (!op.uri.empty()) {
            PoDoFo::PdfAction action(PoDoFo::ePdfAction_URI, &context_.document);
            action.SetURI(PoDoFo::PdfString(asciiUri(op.uri)));
            link->SetAction(action);
            return;
        }
        if (op.targetPage < 0 || op.targetPage >= static_cast<int>(context_.pages.size()))
            throw std::logic_error("PDF writer: link to page " + std::to_string(op.targetPage) + " of " +
                                   std::to_string(context_.pages.size()));
        link->SetDestination(PoDoFo::PdfDestination(context_.pages[static_cast<size_t>(op.targetPage)],
                                                    /*left=*/0, op.targetY, /*zoom: keep=*/0));
    }

private:
    PoDoFo::PdfPage& page_;
    const PaintContext& context_;
    bool fontAdded_[layout::kFaceCount] = {};
    const PoDoFo::PdfImage* lastImage_ = nullptr;
};

}  // namespace

void paintPage(const layout::Page& source, PoDoFo::PdfPage& target, const PaintContext& context) {
    PodofoPageResources resources(target, context);
    setPageContent(target, pageContent(source, resources));
}

}  // namespace fd::pdf
