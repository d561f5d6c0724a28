#include "writers/pdf/document_outline.h"

#include <stdexcept>
#include <string>

#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

struct OpenItem {
    int level;
    PoDoFo::PdfOutlineItem* item;
    size_t descendants;   // for /Count, which PoDoFo does not write
};

void setCount(PoDoFo::PdfOutlineItem& item, size_t count) {
    if (count > 0)
        item.GetObject()->GetDictionary().AddKey("Count", PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(count)));
}

}  // namespace

void writeOutline(PoDoFo::PdfDocument& document, const std::vector<layout::Bookmark>& bookmarks,
                  const std::vector<PoDoFo::PdfPage*>& pages) {
    if (bookmarks.empty()) return;
    PoDoFo::PdfOutlines* root = document.GetOutlines(PoDoFo::ePdfCreateObject);

    std::vector<OpenItem> open;   // the chain of ancestors of the next item
    auto closeLast = [&open] {
        OpenItem done = open.back();
        open.pop_back();
        setCount(*done.item, done.descendants);
        if (!open.empty()) open.back().descendants += done.descendants;
    };

    for (const layout::Bookmark& mark : bookmarks) {
        if (mark.page < 0 || mark.page >= static_cast<int>(pages.size()))
            throw std::logic_error("PDF writer: bookmark \"" + mark.title + "\" on page " +
                                   std::to_string(mark.page) + " of " + std::to_string(pages.size()));
        while (!open.empty() && open.back().level >= mark.level) closeLast();
        PoDoFo::PdfOutlineItem* parent = open.empty() ? root : open.back().item;
        PoDoFo::PdfDestination target(pages[static_cast<size_t>(mark.page)], /*left=*/0, mark.y, /*zoom=*/0);
        PoDoFo::PdfOutlineItem* item = parent->CreateChild(u8s(mark.title), target);
        if (!open.empty()) ++open.back().descendants;
        open.push_back({mark.level, item, 0});
    }
    while (!open.empty()) closeLast();
    setCount(*root, bookmarks.size());
}

}  // namespace fd::pdf
