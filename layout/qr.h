// QR codes as vector rectangles: libqrencode gives the module matrix (byte mode, level M);
// each horizontal run of dark modules becomes one RectOp, which keeps the op count low.
#pragma once

#include <string>
#include <vector>

#include "layout/page.h"

namespace fd::layout {

struct QrMatrix {
    int width = 0;                   // modules per side
    std::vector<unsigned char> dark; // row-major, top row first, 1 = dark
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * width + x] != 0; }
};

// Throws LayoutError (layout.qr_too_long) when the data does not fit a QR code at level M.
QrMatrix encodeQr(const std::string& data);

// One filled rectangle per horizontal run of dark modules; (left, top) is the code's top-left
// corner in page coordinates (y upwards), `module` the side of a module in points.
std::vector<RectOp> qrRects(const QrMatrix& qr, double left, double top, double module, doc::Colour colour);

}  // namespace fd::layout
