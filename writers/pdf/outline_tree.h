// The outline (bookmarks panel) as a tree, from the layout's flat, level-numbered bookmark list:
// each bookmark nests under the closest previous bookmark of a lower level. Both assemblies
// (document_outline.h with PoDoFo, direct_outline.h) write this same tree.
#pragma once

#include <cstddef>
#include <vector>

#include "layout/page.h"

namespace fd::pdf {

struct OutlineTree {
    static constexpr int kRoot = -1;
    struct Node {
        int parent = kRoot;          // index of the parent bookmark, or kRoot
        std::vector<int> children;   // indices, in document order
        size_t descendants = 0;      // for /Count: every item open
    };
    std::vector<int> roots;          // top-level bookmarks, in document order
    std::vector<Node> nodes;         // by bookmark index
};

// Throws std::logic_error for a bookmark on a page outside [0, pageCount).
OutlineTree outlineTree(const std::vector<layout::Bookmark>& bookmarks, size_t pageCount);

}  // namespace fd::pdf
