// Numbered articles (<article>) and references to them ("#id" message arguments): the numbers
// are decided before rendering, so that a reference may point to a later article.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "generators/template/node.h"

namespace fd::tmpl {

// Article id -> number: from 1, in document order, among the articles whose condition holds
// (an article that is left out leaves no gap).
std::map<std::string, int> numberArticles(const ParsedTemplate& parsed, const Bindings& bindings, const EvalEnv& env);

// While ICU formats a message, each reference argument is a marker; the formatted text is then
// cut at the markers, and each reference becomes a run of its own (a link to the article).
std::string referenceMarker(std::size_t index);

struct MessagePiece {
    static constexpr std::size_t kText = static_cast<std::size_t>(-1);
    std::string text;                  // when reference == kText
    std::size_t reference = kText;     // else: the index given to referenceMarker
};
std::vector<MessagePiece> splitAtReferenceMarkers(const std::string& text);

}  // namespace fd::tmpl
