// The outline (bookmarks panel) of a directly written document, as the text of its objects:
// the tree of outline_tree.h, every item open, /Count on the root and on each parent.
#pragma once

#include <string>
#include <vector>

#include "layout/page.h"

namespace fd::pdf {

// The dictionaries of the outline root (numbered `first`) and of each bookmark (first + 1 + i),
// whose destinations are the pages numbered `pageNumbers`. Empty for no bookmarks. Throws
// std::logic_error for a bookmark on a missing page.
std::vector<std::string> outlineDictionaries(const std::vector<layout::Bookmark>& bookmarks, int first,
                                             const std::vector<int>& pageNumbers);

}  // namespace fd::pdf
