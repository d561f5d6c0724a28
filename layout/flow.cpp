#include "layout/flow.h"

#include "layout/linebreak.h"

namespace fd::layout {

namespace {

struct Translator {
    double dx, dy;
    void operator()(TextOp& op) const { op.x += dx; op.y += dy; }
    void operator()(RectOp& op) const { op.x += dx; op.y += dy; }
    void operator()(LineOp& op) const { op.x1 += dx; op.x2 += dx; op.y1 += dy; op.y2 += dy; }
    void operator()(ImageOp& op) const { op.x += dx; op.y += dy; }
    void operator()(LinkOp& op) const { op.x += dx; op.y += dy; }
    void operator()(ModulesOp& op) const { op.x += dx; op.y += dy; }
};

}  // namespace

void translate(Op& op, double dx, double dy) { std::visit(Translator{dx, dy}, op); }

void placeLine(SetLine&& line, double x, double y, std::vector<Op>& ops) {
    for (TextOp& t : line.texts) {
        t.x += x;
        t.y += y;
        ops.emplace_back(std::move(t));
    }
    for (LinkOp& l : line.links) {
        l.x += x;
        l.y += y;
        ops.emplace_back(std::move(l));
    }
}

}  // namespace fd::layout
