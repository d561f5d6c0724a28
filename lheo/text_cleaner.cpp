#include "lheo/text_cleaner.h"

#include "lheo/html_text.h"
#include "lheo/mojibake.h"
#include "lheo/paragraphs.h"
#include "readers/text_util.h"

namespace fd::lheo {

namespace {

// The word holding the first non-ASCII byte: everything before it is ASCII, hence identical in
// the damaged and the repaired text, so the same start offset gives the word in both.
MojibakeRepair firstDamagedWord(std::string_view before, std::string_view after) {
    size_t first = 0;
    while (first < before.size() && static_cast<unsigned char>(before[first]) < 0x80) ++first;
    size_t start = first;
    while (start > 0 && !readers::isAsciiSpace(before[start - 1])) --start;
    const auto word = [start](std::string_view text) {
        size_t end = start;
        while (end < text.size() && !readers::isAsciiSpace(text[end])) ++end;
        return std::string(text.substr(start, end - start));
    };
    return {word(before), word(after)};
}

}  // namespace

bool isPlaceholder(std::string_view text) {
    const std::string_view trimmed = readers::trimAscii(text);
    return trimmed == "-" || trimmed == "--" || trimmed == "---" || trimmed == ".";
}

CleanText cleanText(std::string_view raw) {
    CleanText result;
    std::string text(raw);
    if (auto repaired = repairDoubleEncoding(text)) {
        result.mojibake = firstDamagedWord(text, *repaired);
        text = std::move(*repaired);
    }
    if (containsMarkup(text)) {
        result.markup = true;
        text = markupToPlainText(text);
    }
    result.text = toParagraphs(text);
    if (isPlaceholder(result.text)) {
        result.placeholder = true;
        result.text.clear();
    }
    return result;
}

}  // namespace fd::lheo
