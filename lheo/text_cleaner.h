// One LHEO text value made fit for the workspace: doubly encoded UTF-8 repaired, HTML fragments
// turned into plain paragraphs, whitespace normalised, placeholders ("-") recognised as empty.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fd::lheo {

struct MojibakeRepair {
    std::string before, after;   // the first damaged word, as found and as repaired
};

struct CleanText {
    std::string text;                       // paragraphs joined by "\n"; "" when nothing is said
    std::optional<MojibakeRepair> mojibake;  // set when doubly encoded UTF-8 was repaired
    bool markup = false;                    // HTML tags or entity references were converted
    bool placeholder = false;               // the value was only a placeholder such as "-"
};

CleanText cleanText(std::string_view raw);

// True for values exporters put in mandatory elements when they have nothing to say ("-").
bool isPlaceholder(std::string_view text);

}  // namespace fd::lheo
