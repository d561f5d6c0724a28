// Text as other tools write it -> the paragraphs of the workspace format (joined by "\n").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fd::lheo {

// Line ends normalised, runs of spaces and tabs collapsed, lines trimmed. A blank line always
// ends a paragraph; a single line break ends one only when the line closes a sentence
// (. ! ? : ;) or the next line starts a list item ("- ", "• ", "* ", "1. ", "2) "): exporters
// hard-wrap long lines, and a wrapped line is not a new paragraph.
std::string toParagraphs(std::string_view text);

// The paragraphs of a text produced by toParagraphs.
std::vector<std::string> splitParagraphs(std::string_view paragraphs);

// A list item without its bullet: "- Entretien" -> "Entretien". Numbers ("1. ") are kept: they
// carry meaning.
std::string withoutBullet(std::string_view paragraph);

}  // namespace fd::lheo
