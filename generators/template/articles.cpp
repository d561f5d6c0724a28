#include "generators/template/articles.h"

#include "generators/template/condition.h"

namespace fd::tmpl {

namespace {

// Private-use characters (U+E000, U+E001): no message or field text contains them.
constexpr const char* kOpen = "\xEE\x80\x80";
constexpr const char* kClose = "\xEE\x80\x81";
constexpr std::size_t kMarkLength = 3;

}  // namespace

std::map<std::string, int> numberArticles(const ParsedTemplate& parsed, const Bindings& bindings, const EvalEnv& env) {
    std::map<std::string, int> numbers;
    int next = 1;
    for (const Node& section : parsed.sections) {
        if (!section.article) continue;
        if (section.condition && !holds(*section.condition, bindings, env)) continue;
        numbers[section.id] = next++;
    }
    return numbers;
}

std::string referenceMarker(std::size_t index) { return kOpen + std::to_string(index) + kClose; }

std::vector<MessagePiece> splitAtReferenceMarkers(const std::string& text) {
    std::vector<MessagePiece> pieces;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t open = text.find(kOpen, start);
        const std::size_t close = open == std::string::npos ? open : text.find(kClose, open + kMarkLength);
        if (close == std::string::npos) {
            pieces.push_back(MessagePiece{text.substr(start), MessagePiece::kText});
            break;
        }
        if (open > start) pieces.push_back(MessagePiece{text.substr(start, open - start), MessagePiece::kText});
        MessagePiece reference;
        reference.reference = std::stoul(text.substr(open + kMarkLength, close - open - kMarkLength));
        pieces.push_back(std::move(reference));
        start = close + kMarkLength;
    }
    return pieces;
}

}  // namespace fd::tmpl
