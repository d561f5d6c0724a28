#include "layout/qr.h"

#include <memory>

#include <qrencode.h>

#include "layout/error.h"

namespace fd::layout {

QrMatrix encodeQr(const std::string& data) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.data()),
                          0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        throw LayoutError("layout.qr_too_long", {{"length", std::to_string(data.size())}},
                          "cannot encode " + std::to_string(data.size()) + " bytes as a QR code (level M)");
    QrMatrix m;
    m.width = code->width;
    m.dark.resize(static_cast<size_t>(m.width) * m.width);
    for (size_t k = 0; k < m.dark.size(); ++k) m.dark[k] = code->data[k] & 1;   // bit 0 = dark module
    return m;
}

ModulesOp qrModules(QrMatrix qr, double left, double top, double module, doc::Colour colour) {
    ModulesOp op;
    op.x = left;
    op.y = top - qr.width * module;
    op.module = module;
    op.columns = qr.width;
    op.dark = std::move(qr.dark);
    op.colour = colour;
    return op;
}

}  // namespace fd::layout
