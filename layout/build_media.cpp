// Images, QR codes and signature blocks: each is one item that never splits.
#include <algorithm>

#include "layout/flow_builder.h"
#include "layout/image_size.h"
#include "layout/qr.h"

namespace fd::layout {

namespace {

constexpr double kPointsPerPixel = 72.0 / 96.0;   // natural size: 96 dpi
constexpr int kQuietZoneModules = 4;              // the white border scanners need

double alignedX(doc::Align align, double left, double width, double object) {
    switch (align) {
        case doc::Align::Right: return left + width - object;
        case doc::Align::Center: return left + (width - object) / 2;
        case doc::Align::Left:
        case doc::Align::Justify: break;
    }
    return left;
}

doc::Align textAlign(doc::Align a) { return a == doc::Align::Justify ? doc::Align::Left : a; }

}  // namespace

void FlowBuilder::operator()(const doc::Image& img) {
    const PixelSize px = imagePixelSize(img.path);
    const double aspect = static_cast<double>(px.height) / px.width;
    double w = img.width, h = img.height;
    if (w <= 0 && h <= 0) {
        w = px.width * kPointsPerPixel;
        h = px.height * kPointsPerPixel;
    } else if (w <= 0) {
        w = h / aspect;
    } else if (h <= 0) {
        h = w * aspect;
    }
    const double scale = std::min({1.0, width_ / w, imageHeightLimit() / h});
    w *= scale;
    h *= scale;

    Item item;
    item.height = h;
    item.ops.emplace_back(ImageOp{img.path, alignedX(img.align, left_, width_, w), -h, w, h});
    open(ctx_.style.blockGap);
    push(std::move(item));
    close(ctx_.style.blockGap);
}

void FlowBuilder::operator()(const doc::QrCode& qr) {
    QrMatrix matrix = encodeQr(qr.data);
    const double size = std::min(qr.size, width_);
    const double module = size / matrix.width;
    const ParagraphFormat& cf = ctx_.style.caption;

    Item item;
    const double x = alignedX(qr.align, left_, width_, size);
    item.ops.emplace_back(qrModules(std::move(matrix), x, 0, module, 0x000000));
    item.height = size;

    // The caption may be wider than the code (a verification URL), aligned the same way.
    const double captionWidth = std::min(width_, std::max(3.5 * size, 220.0));
    auto caption = ctx_.breaker.set(qr.caption, cf.chars, captionWidth, textAlign(qr.align));
    if (!caption.empty()) {
        const double captionX = alignedX(qr.align, left_, width_, captionWidth);
        const double base = baselineOffset(ctx_.fonts, cf.chars.size, cf.leading);
        // The quiet zone below the code is part of the caption's space.
        double y = -size - std::max(cf.spaceBefore, kQuietZoneModules * module * 0.5);
        for (SetLine& line : caption) {
            placeLine(std::move(line), captionX, y - base, item.ops);
            y -= cf.leading;
        }
        item.height = -y;
    }
    const double quiet = kQuietZoneModules * module;
    open(std::max(ctx_.style.blockGap, quiet));
    push(std::move(item));
    close(std::max(ctx_.style.blockGap, quiet));
}

void FlowBuilder::operator()(const doc::Signature& s) {
    const Stylesheet& st = ctx_.style;
    const double width = std::min(width_, st.signatureWidth);
    const double x = alignedX(s.align, left_, width_, width);
    const doc::Align align = s.align == doc::Align::Center ? doc::Align::Center : doc::Align::Left;

    Item item;
    double y = 0;
    const auto text = [&](const doc::Inlines& runs, const ParagraphFormat& f) {
        const double base = baselineOffset(ctx_.fonts, f.chars.size, f.leading);
        for (SetLine& line : ctx_.breaker.set(runs, f.chars, width, align)) {
            placeLine(std::move(line), x, y - base, item.ops);
            y -= f.leading;
        }
    };
    text(s.placeDate, st.body);
    if (!s.placeDate.empty()) y -= 6;
    text(s.label, st.signatureLabel);

    // The zone where the signature goes, closed by a line; a scanned signature sits on the line.
    const double zoneBottom = y - st.signatureZone;
    if (!s.imagePath.empty()) {
        const PixelSize px = imagePixelSize(s.imagePath);
        double h = st.signatureZone - 4, w = h * px.width / px.height;
        if (w > width) {
            h *= width / w;
            w = width;
        }
        const double imageX = align == doc::Align::Center ? x + (width - w) / 2 : x;
        item.ops.emplace_back(ImageOp{s.imagePath, imageX, zoneBottom + 1, w, h});
    }
    item.ops.emplace_back(LineOp{x, zoneBottom, x + width, zoneBottom, st.muted, 0.5});
    y = zoneBottom - 5;

    if (!s.name.empty()) text(doc::plain(s.name), st.signatureName);
    text(s.capacity, st.signatureCapacity);
    item.height = -y;

    open(2 * st.blockGap);
    push(std::move(item));
    close(st.blockGap);
}

}  // namespace fd::layout
