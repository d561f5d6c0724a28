#include "writers/pdf/outline_tree.h"

#include <stdexcept>
#include <string>

namespace fd::pdf {

OutlineTree outlineTree(const std::vector<layout::Bookmark>& bookmarks, size_t pageCount) {
    OutlineTree tree;
    tree.nodes.resize(bookmarks.size());
    std::vector<int> open;   // the chain of ancestors of the next bookmark
    for (int i = 0; i < static_cast<int>(bookmarks.size()); ++i) {
        const layout::Bookmark& mark = bookmarks[static_cast<size_t>(i)];
        if (mark.page < 0 || static_cast<size_t>(mark.page) >= pageCount)
            throw std::logic_error("PDF writer: bookmark \"" + mark.title + "\" on page " + std::to_string(mark.page) +
                                   " of " + std::to_string(pageCount));
        while (!open.empty() && bookmarks[static_cast<size_t>(open.back())].level >= mark.level) open.pop_back();
        tree.nodes[static_cast<size_t>(i)].parent = open.empty() ? OutlineTree::kRoot : open.back();
        (open.empty() ? tree.roots : tree.nodes[static_cast<size_t>(open.back())].children).push_back(i);
        for (int ancestor : open) ++tree.nodes[static_cast<size_t>(ancestor)].descendants;
        open.push_back(i);
    }
    return tree;
}

}  // namespace fd::pdf
