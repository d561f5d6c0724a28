#include "layout/furniture.h"

#include <algorithm>

#include "layout/flow.h"
#include "layout/image_size.h"

namespace fd::layout {

namespace {

constexpr double kFrameOuterInset = 18, kFrameInnerInset = 22;
constexpr double kEdgeClearance = 16;   // nothing of the header closer to the page edge...
constexpr double kFrameClearance = 6;   // ...or to the inside of a certificate frame
constexpr double kLogoGap = 6;          // between the header rule and the logo, the logo and the name
constexpr double kFooterBaselineDrop = 11;

// The header is the same on every page: built once, copied.
std::vector<Op> headerOps(const doc::RunningHeader& header, bool framed, const FurnitureStyle& fs,
                          const PageGeometry& g, LineBreaker& breaker) {
    std::vector<Op> ops;
    const double ruleY = g.bodyTop + fs.ruleOffset;
    const double bottom = ruleY + kLogoGap;
    // Texts stand on the band's bottom, or are centred (on their x-height) against the logo.
    double textX = g.left, baseline = bottom;
    if (!header.logoPath.empty()) {
        const PixelSize px = imagePixelSize(header.logoPath);
        const double ceiling = g.height - (framed ? kFrameInnerInset + kFrameClearance : kEdgeClearance);
        const double h = std::max(0.0, std::min(fs.logoHeight, ceiling - bottom));
        const double w = h * px.width / px.height;
        ops.emplace_back(ImageOp{header.logoPath, g.left, bottom, w, h});
        textX = g.left + w + (w > 0 ? 2 * kLogoGap : 0);
        baseline = bottom + h / 2 - fs.headerEmphasis.size * 0.26;
    }
    const double room = g.right - textX;
    double leftEnd = textX;
    if (!header.left.empty()) {
        SetLine name = breaker.setLine(breaker.ellipsize(header.left, fs.headerEmphasis, room * 0.55), fs.headerEmphasis);
        leftEnd = textX + name.width;
        placeLine(std::move(name), textX, baseline, ops);
    }
    if (!header.right.empty()) {
        const double space = g.right - leftEnd - (header.left.empty() ? 0 : 16);
        SetLine title = breaker.setLine(breaker.ellipsize(header.right, fs.header, space), fs.header);
        const double x = g.right - title.width;
        placeLine(std::move(title), x, baseline, ops);
    }
    ops.emplace_back(LineOp{g.left, ruleY, g.right, ruleY, fs.rule, fs.ruleWidth});
    return ops;
}

void stampFooter(Page& page, int index, int count, const doc::RunningFooter& footer, const FurnitureStyle& fs,
                 const PageGeometry& g, LineBreaker& breaker) {
    const double ruleY = g.bodyBottom - fs.ruleOffset;
    const double baseline = ruleY - kFooterBaselineDrop;
    const double third = g.bodyWidth() / 3 - 8;   // each part keeps to its third
    page.ops.emplace_back(LineOp{g.left, ruleY, g.right, ruleY, fs.rule, fs.ruleWidth});
    if (!footer.left.empty())
        placeLine(breaker.setLine(breaker.ellipsize(footer.left, fs.footer, third), fs.footer), g.left, baseline, page.ops);
    if (!footer.center.empty()) {
        SetLine centre = breaker.setLine(breaker.ellipsize(footer.center, fs.footer, third), fs.footer);
        const double x = (g.left + g.right - centre.width) / 2;
        placeLine(std::move(centre), x, baseline, page.ops);
    }
    if (footer.pageLabel) {
        SetLine label = breaker.setLine(breaker.ellipsize(footer.pageLabel(index + 1, count), fs.footer, third), fs.footer);
        const double x = g.right - label.width;
        placeLine(std::move(label), x, baseline, page.ops);
    }
}

std::vector<Op> frameOps(const FurnitureStyle& fs, const PageGeometry& g) {
    std::vector<Op> ops;
    for (const auto& [inset, width] : {std::pair{kFrameOuterInset, 1.2}, std::pair{kFrameInnerInset, 0.4}}) {
        RectOp r;
        r.x = inset;
        r.y = inset;
        r.w = g.width - 2 * inset;
        r.h = g.height - 2 * inset;
        r.stroke = fs.frameColour;
        r.strokeWidth = width;
        ops.emplace_back(r);
    }
    return ops;
}

}  // namespace

void stampFurniture(std::vector<Page>& pages, const doc::Document& document, const Stylesheet& style,
                    const PageGeometry& geometry, LineBreaker& breaker) {
    const FurnitureStyle& fs = style.furniture;
    const doc::RunningHeader& header = document.header;
    const bool hasHeader = !header.logoPath.empty() || !header.left.empty() || !header.right.empty();
    const doc::RunningFooter& footer = document.footer;
    const bool hasFooter = !footer.left.empty() || !footer.center.empty() || static_cast<bool>(footer.pageLabel);

    const std::vector<Op> head =
        hasHeader ? headerOps(header, document.page.frame, fs, geometry, breaker) : std::vector<Op>{};
    const std::vector<Op> frame = document.page.frame ? frameOps(fs, geometry) : std::vector<Op>{};
    const int count = static_cast<int>(pages.size());
    for (int i = 0; i < count; ++i) {
        Page& page = pages[static_cast<size_t>(i)];
        page.ops.insert(page.ops.begin(), frame.begin(), frame.end());   // behind everything
        if (hasHeader && (i > 0 || header.onFirstPage)) page.ops.insert(page.ops.end(), head.begin(), head.end());
        if (hasFooter) stampFooter(page, i, count, footer, fs, geometry, breaker);
    }
}

}  // namespace fd::layout
