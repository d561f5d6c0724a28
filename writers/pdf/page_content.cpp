#include "writers/pdf/page_resources.h"

#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

// The page's content stream, written as text here rather than through PdfPainter: PdfPainter
// formats every number through an ostream and wraps every text in BT, Tf, Tz, Tc … ET, which
// for a dense page of a few hundred texts doubles the stream that then has to be compressed.
// Graphics state operators are emitted only when the state actually changes, and consecutive
// texts share one text object, naming their font only when it changes.
class ContentWriter {
public:
    std::string& text() { return out_; }

    void number(double value) {
        appendPdfNumber(out_, value);
        out_ += ' ';
    }
    void colour(doc::Colour c, const char* op) {
        for (int shift : {16, 8, 0}) number(((c >> shift) & 0xFF) / 255.0);
        out_ += op;
        out_ += '\n';
    }

    void fill(doc::Colour c) {
        if (fill_ == c) return;
        colour(c, "rg");
        fill_ = c;
    }
    void stroke(doc::Colour c) {
        if (stroke_ == c) return;
        colour(c, "RG");
        stroke_ = c;
    }
    void strokeWidth(double w) {
        if (width_ == w) return;
        number(w);
        out_ += "w\n";
        width_ = w;
    }
    void dashed(bool on) {
        if (dashed_ == on) return;
        out_ += on ? "[3 2] 0 d\n" : "[] 0 d\n";
        dashed_ = on;
    }

    // Opens a text object when none is open and selects `font` at `size` when another is selected.
    void beginText(const FontResource& font, double size) {
        if (!inText_) {
            out_ += "BT\n";
            inText_ = true;
        }
        if (font.glyphs == font_ && size == size_) return;
        out_ += '/';
        out_ += font.name;
        out_ += ' ';
        number(size);
        out_ += "Tf\n";
        font_ = font.glyphs;
        size_ = size;
    }
    // Before any drawing other than text, which a text object may not contain, and at the end.
    void endText() {
        if (!inText_) return;
        out_ += "ET\n";
        inText_ = false;
        font_ = nullptr;   // the font is text state and would persist, but a new object names it again
    }

private:
    // Values no operator can set, so that the first use of each state always emits it.
    static constexpr doc::Colour kUnset = 0xFFFFFFFF;   // colours are 0xRRGGBB
    std::string out_;
    doc::Colour fill_ = kUnset, stroke_ = kUnset;
    double width_ = -1;
    bool dashed_ = false;   // the PDF initial state is a solid line
    bool inText_ = false;
    const GlyphMap* font_ = nullptr;   // the selected font, identified by its glyph map
    double size_ = 0;
};

class OpPainter {
public:
    OpPainter(ContentWriter& content, PageResources& resources) : content_(content), resources_(resources) {}

    void operator()(const layout::TextOp& op) {
        if (op.text.empty()) return;
        if (op.size <= 0)
            throw std::logic_error("PDF writer: text \"" + op.text + "\" has font size " + std::to_string(op.size));
        const FontResource font = resources_.font(op.face);
        content_.beginText(font, op.size);
        content_.fill(op.colour);   // colour operators are allowed inside a text object
        content_.text() += "1 0 0 1 ";
        content_.number(op.x);
        content_.number(op.y);
        content_.text() += "Tm\n";
        appendTextOperator(*font.glyphs, op, content_.text());
    }

    void operator()(const layout::RectOp& op) {
        if (!op.fill && !op.stroke) return;
        content_.endText();
        if (op.fill) content_.fill(*op.fill);
        if (op.stroke) {
            content_.stroke(*op.stroke);
            content_.strokeWidth(op.strokeWidth);
            content_.dashed(false);
        }
        for (double v : {op.x, op.y, op.w, op.h}) content_.number(v);
        content_.text() += op.fill && op.stroke ? "re B\n" : op.fill ? "re f\n" : "re S\n";
    }

    void operator()(const layout::LineOp& op) {
        content_.endText();
        content_.stroke(op.colour);
        content_.strokeWidth(op.width);
        content_.dashed(op.dashed);
        content_.number(op.x1);
        content_.number(op.y1);
        content_.text() += "m ";
        content_.number(op.x2);
        content_.number(op.y2);
        content_.text() += "l S\n";
    }

    void operator()(const layout::ImageOp& op) {
        content_.endText();
        const std::string name = resources_.image(op.path);
        // An image XObject is a unit square: scale it to op.w × op.h at (op.x, op.y).
        content_.text() += "q ";
        for (double v : {op.w, 0.0, 0.0, op.h, op.x, op.y}) content_.number(v);
        content_.text() += "cm /" + name + " Do Q\n";
    }

    // Module coordinates under one transform (y down from the top-left corner): each run of
    // filled modules is "column row length 1 re", a few bytes instead of four page coordinates,
    // and the whole grid is one path filled once.
    void operator()(const layout::ModulesOp& op) {
        if (op.columns <= 0) return;
        content_.endText();
        content_.fill(op.colour);   // outside q … Q, so that the tracked fill colour stays true
        std::string& out = content_.text();
        out += "q ";
        for (double v : {op.module, 0.0, 0.0, -op.module, op.x, op.y + op.columns * op.module}) content_.number(v);
        out += "cm\n";
        for (int row = 0; row < op.columns; ++row) {
            for (int column = 0; column < op.columns;) {
                if (!op.at(column, row)) { ++column; continue; }
                int end = column;
                while (end < op.columns && op.at(end, row)) ++end;
                out += std::to_string(column);
                out += ' ';
                out += std::to_string(row);
                out += ' ';
                out += std::to_string(end - column);
                out += " 1 re\n";
                column = end;
            }
        }
        out += "f Q\n";
    }

    void operator()(const layout::LinkOp& op) { resources_.link(op); }

private:
    ContentWriter& content_;
    PageResources& resources_;
};

}  // namespace

std::string pageContent(const layout::Page& page, PageResources& resources) {
    ContentWriter content;
    OpPainter paint(content, resources);
    for (const layout::Op& op : page.ops) std::visit(paint, op);
    content.endText();
    return std::move(content.text());
}

}  // namespace fd::pdf
