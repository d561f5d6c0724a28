#include "writers/pdf/page_painter.h"

#include <stdexcept>
#include <variant>

#include "writers/pdf/pdf_syntax.h"
#include "writers/pdf/text_showing.h"

namespace fd::pdf {
namespace {

using PoDoFo::PdfPainter;

// Emits graphics state operators only when the state actually changes: a table of a few
// hundred cells would otherwise repeat the same colour and width for every cell.
class PainterState {
public:
    explicit PainterState(PdfPainter& painter) : painter_(painter) {}

    void fill(doc::Colour c) {
        if (fill_ == c) return;
        painter_.SetColor(pdfColour(c));
        fill_ = c;
    }
    void stroke(doc::Colour c) {
        if (stroke_ == c) return;
        painter_.SetStrokingColor(pdfColour(c));
        stroke_ = c;
    }
    void strokeWidth(double w) {
        if (width_ == w) return;
        painter_.SetStrokeWidth(w);
        width_ = w;
    }
    void dashed(bool on) {
        if (dashed_ == on) return;
        painter_.SetStrokeStyle(PoDoFo::ePdfStrokeStyle_Custom, on ? "[3 2] 0" : "[] 0");
        dashed_ = on;
    }

private:
    // Values no operator can set, so that the first use of each state always emits it.
    static constexpr doc::Colour kUnset = 0xFFFFFFFF;   // colours are 0xRRGGBB
    PdfPainter& painter_;
    doc::Colour fill_ = kUnset, stroke_ = kUnset;
    double width_ = -1;
    bool dashed_ = false;   // the PDF initial state is a solid line
};

class OpPainter {
public:
    OpPainter(PdfPainter& painter, PoDoFo::PdfPage& page, const PaintContext& context)
        : painter_(painter), state_(painter), page_(page), context_(context) {}

    void operator()(const layout::TextOp& op) {
        if (op.text.empty()) return;
        if (op.size <= 0)
            throw std::logic_error("PDF writer: text \"" + op.text + "\" has font size " + std::to_string(op.size));
        PoDoFo::PdfFont& font = context_.fonts.font(op.face);
        font.SetFontSize(static_cast<float>(op.size));
        painter_.SetFont(&font);
        state_.fill(op.colour);
        painter_.BeginText(op.x, op.y);   // registers the font resource, emits Tf and Td
        painter_.GetCanvas()->Append(showTextOperator(font, op, context_.fonts.path(op.face)));
        painter_.EndText();
    }

    void operator()(const layout::RectOp& op) {
        if (!op.fill && !op.stroke) return;
        if (op.fill) state_.fill(*op.fill);
        if (op.stroke) {
            state_.stroke(*op.stroke);
            state_.strokeWidth(op.strokeWidth);
            state_.dashed(false);
        }
        painter_.Rectangle(op.x, op.y, op.w, op.h);
        if (op.fill && op.stroke)
            painter_.FillAndStroke();
        else if (op.fill)
            painter_.Fill();
        else
            painter_.Stroke();
    }

    void operator()(const layout::LineOp& op) {
        state_.stroke(op.colour);
        state_.strokeWidth(op.width);
        state_.dashed(op.dashed);
        painter_.DrawLine(op.x1, op.y1, op.x2, op.y2);
    }

    void operator()(const layout::ImageOp& op) {
        PoDoFo::PdfImage& image = context_.images.image(op.path);
        // An image XObject is a unit square scaled by its pixel size; scale that to op.w × op.h.
        painter_.DrawImage(op.x, op.y, &image, op.w / image.GetWidth(), op.h / image.GetHeight());
    }

    void operator()(const layout::LinkOp& op) {
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
    PdfPainter& painter_;
    PainterState state_;
    PoDoFo::PdfPage& page_;
    const PaintContext& context_;
};

}  // namespace

void paintPage(const layout::Page& source, PoDoFo::PdfPage& target, const PaintContext& context) {
    PdfPainter painter;
    painter.SetPage(&target);
    try {
        OpPainter paint(painter, target, context);
        for (const layout::Op& op : source.ops) std::visit(paint, op);
    } catch (...) {
        // Close the content stream even on failure: PoDoFo's painter otherwise complains
        // from its destructor. The document is abandoned by the caller anyway.
        try { painter.FinishPage(); } catch (...) {}
        throw;
    }
    // Without FinishPage the content stream keeps a wrong /Length (qpdf: "Bad 'Length'").
    painter.FinishPage();
}

}  // namespace fd::pdf
