#include "writers/pdf/stock_fonts.h"

#include <variant>

namespace fd::pdf {

StockFonts& StockFonts::forThisThread() {
    thread_local StockFonts fonts;
    return fonts;
}

const StockSubset& StockFonts::subset(layout::Face face, const std::string& path) {
    std::unique_ptr<StockSubset>& entry = subsets_[{face, path}];
    if (!entry) entry = std::make_unique<StockSubset>(face, path);
    return *entry;
}

StockChoice chooseStockSubsets(const layout::LaidOutDocument& document, const layout::FontFiles& files) {
    StockChoice choice{};
    bool refused[layout::kFaceCount] = {};
    for (const layout::Page& page : document.pages) {
        for (const layout::Op& op : page.ops) {
            const auto* text = std::get_if<layout::TextOp>(&op);
            if (!text || text->text.empty()) continue;
            const int face = static_cast<int>(text->face);
            // An undeclared face is left to DocumentFonts, which reports the layout bug.
            if (refused[face] || !document.faceUsed[face]) continue;
            if (!choice[face]) choice[face] = &StockFonts::forThisThread().subset(text->face, files.paths[face]);
            if (!choice[face]->covers(text->text)) refused[face] = true;
        }
    }
    for (int face = 0; face < layout::kFaceCount; ++face)
        if (refused[face]) choice[face] = nullptr;
    return choice;
}

}  // namespace fd::pdf
