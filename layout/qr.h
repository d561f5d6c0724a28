// QR codes as vector graphics: libqrencode gives the module matrix (byte mode, level M), layout
// places it as one ModulesOp that the writer fills run by run.
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

// The code with its top-left corner at (left, top) in page coordinates (y upwards), `module`
// the side of a module in points.
ModulesOp qrModules(QrMatrix qr, double left, double top, double module, doc::Colour colour);

}  // namespace fd::layout
