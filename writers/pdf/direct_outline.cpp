#include "writers/pdf/direct_outline.h"

#include <utility>

#include "writers/pdf/outline_tree.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {

std::vector<std::string> outlineDictionaries(const std::vector<layout::Bookmark>& bookmarks, int first,
                                             const std::vector<int>& pageNumbers) {
    if (bookmarks.empty()) return {};
    const OutlineTree tree = outlineTree(bookmarks, pageNumbers.size());
    const auto number = [first](int index) { return index == OutlineTree::kRoot ? first : first + 1 + index; };

    std::vector<std::string> out;
    out.push_back("<</Type/Outlines/First " + pdfReference(number(tree.roots.front())) + "/Last " +
                  pdfReference(number(tree.roots.back())) + "/Count " + std::to_string(bookmarks.size()) + ">>");
    for (int i = 0; i < static_cast<int>(bookmarks.size()); ++i) {
        const OutlineTree::Node& node = tree.nodes[static_cast<size_t>(i)];
        const layout::Bookmark& mark = bookmarks[static_cast<size_t>(i)];
        const std::vector<int>& siblings =
            node.parent == OutlineTree::kRoot ? tree.roots : tree.nodes[static_cast<size_t>(node.parent)].children;
        size_t at = 0;
        while (siblings[at] != i) ++at;
        std::string item = "<</Title" + pdfTextString(mark.title) + "/Parent " + pdfReference(number(node.parent));
        if (at > 0) item += "/Prev " + pdfReference(number(siblings[at - 1]));
        if (at + 1 < siblings.size()) item += "/Next " + pdfReference(number(siblings[at + 1]));
        if (!node.children.empty()) {
            item += "/First " + pdfReference(number(node.children.front())) + "/Last " +
                    pdfReference(number(node.children.back())) + "/Count " + std::to_string(node.descendants);
        }
        std::string top;
        appendPdfNumber(top, mark.y);
        item += "/Dest[" + pdfReference(pageNumbers[static_cast<size_t>(mark.page)]) + "/XYZ 0 " + top + " 0]>>";
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace fd::pdf
