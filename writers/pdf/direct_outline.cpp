#include "writers/pdf/direct_outline.h"

#include <stdexcept>

#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

constexpr int kRoot = -1;

struct Node {
    int parent = kRoot;
    std::vector<int> children;
    size_t descendants = 0;
};

std::string reference(int number) { return std::to_string(number) + " 0 R"; }

}  // namespace

std::vector<std::string> outlineDictionaries(const std::vector<layout::Bookmark>& bookmarks, int first,
                                             const std::vector<int>& pageNumbers) {
    if (bookmarks.empty()) return {};
    const auto number = [first](int index) { return index == kRoot ? first : first + 1 + index; };

    std::vector<Node> nodes(bookmarks.size());
    std::vector<int> roots;
    std::vector<int> open;   // the chain of ancestors of the next bookmark
    for (int i = 0; i < static_cast<int>(bookmarks.size()); ++i) {
        const layout::Bookmark& mark = bookmarks[static_cast<size_t>(i)];
        if (mark.page < 0 || mark.page >= static_cast<int>(pageNumbers.size()))
            throw std::logic_error("PDF writer: bookmark \"" + mark.title + "\" on page " + std::to_string(mark.page) +
                                   " of " + std::to_string(pageNumbers.size()));
        while (!open.empty() && bookmarks[static_cast<size_t>(open.back())].level >= mark.level) open.pop_back();
        nodes[static_cast<size_t>(i)].parent = open.empty() ? kRoot : open.back();
        (open.empty() ? roots : nodes[static_cast<size_t>(open.back())].children).push_back(i);
        for (int ancestor : open) ++nodes[static_cast<size_t>(ancestor)].descendants;
        open.push_back(i);
    }

    std::vector<std::string> out;
    out.push_back("<</Type/Outlines/First " + reference(number(roots.front())) + "/Last " +
                  reference(number(roots.back())) + "/Count " + std::to_string(bookmarks.size()) + ">>");
    for (int i = 0; i < static_cast<int>(bookmarks.size()); ++i) {
        const Node& node = nodes[static_cast<size_t>(i)];
        const layout::Bookmark& mark = bookmarks[static_cast<size_t>(i)];
        const std::vector<int>& siblings = node.parent == kRoot ? roots : nodes[static_cast<size_t>(node.parent)].children;
        size_t at = 0;
        while (siblings[at] != i) ++at;
        std::string item = "<</Title" + pdfTextString(mark.title) + "/Parent " + reference(number(node.parent));
        if (at > 0) item += "/Prev " + reference(number(siblings[at - 1]));
        if (at + 1 < siblings.size()) item += "/Next " + reference(number(siblings[at + 1]));
        if (!node.children.empty()) {
            item += "/First " + reference(number(node.children.front())) + "/Last " +
                    reference(number(node.children.back())) + "/Count " + std::to_string(node.descendants);
        }
        std::string top;
        appendPdfNumber(top, mark.y);
        item += "/Dest[" + reference(pageNumbers[static_cast<size_t>(mark.page)]) + "/XYZ 0 " + top + " 0]>>";
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace fd::pdf
