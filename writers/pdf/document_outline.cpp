#include "writers/pdf/document_outline.h"

#include "writers/pdf/outline_tree.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

void setCount(PoDoFo::PdfOutlineItem& item, size_t count) {   // PoDoFo does not write /Count
    if (count > 0)
        item.GetObject()->GetDictionary().AddKey("Count", PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(count)));
}

}  // namespace

void writeOutline(PoDoFo::PdfDocument& document, const std::vector<layout::Bookmark>& bookmarks,
                  const std::vector<PoDoFo::PdfPage*>& pages) {
    if (bookmarks.empty()) return;
    const OutlineTree tree = outlineTree(bookmarks, pages.size());
    PoDoFo::PdfOutlines* root = document.GetOutlines(PoDoFo::ePdfCreateObject);
    // In document order a parent is created before its children, and siblings in their order.
    std::vector<PoDoFo::PdfOutlineItem*> items(bookmarks.size());
    for (size_t i = 0; i < bookmarks.size(); ++i) {
        const layout::Bookmark& mark = bookmarks[i];
        const int parent = tree.nodes[i].parent;
        PoDoFo::PdfOutlineItem* parentItem = parent == OutlineTree::kRoot ? root : items[static_cast<size_t>(parent)];
        PoDoFo::PdfDestination target(pages[static_cast<size_t>(mark.page)], /*left=*/0, mark.y, /*zoom=*/0);
        items[i] = parentItem->CreateChild(u8s(mark.title), target);
        setCount(*items[i], tree.nodes[i].descendants);
    }
    setCount(*root, bookmarks.size());
}

}  // namespace fd::pdf
