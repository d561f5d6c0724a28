#include "lheo/paragraphs.h"

#include "readers/text_util.h"

namespace fd::lheo {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

std::string collapseLine(std::string_view line) {
    std::string out;
    bool pendingSpace = false;
    for (char c : line) {
        if (isBlank(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

// "- ", "* ", "• " (U+2022), "– " (U+2013) or "1. " / "12) ".
size_t bulletLength(std::string_view line) {
    for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 "})
        if (line.substr(0, bullet.size()) == bullet) return bullet.size();
    return 0;
}

bool startsListItem(std::string_view line) {
    if (bulletLength(line) > 0) return true;
    size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    return digits > 0 && digits <= 3 && digits + 1 < line.size() &&
           (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ';
}

bool endsSentence(std::string_view line) {
    if (line.empty()) return false;
    const char last = line.back();
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
}

}  // namespace

std::string toParagraphs(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(collapseLine(text.substr(start, end - start)));
        start = end + 1;
    }
    std::string out, paragraph;
    const auto flush = [&] {
        if (paragraph.empty()) return;
        if (!out.empty()) out += '\n';
        out += paragraph;
        paragraph.clear();
    };
    for (const std::string& line : lines) {
        if (line.empty()) {
            flush();
            continue;
        }
        if (!paragraph.empty() && (endsSentence(paragraph) || startsListItem(line))) flush();
        if (!paragraph.empty()) paragraph += ' ';
        paragraph += line;
    }
    flush();
    return out;
}

std::vector<std::string> splitParagraphs(std::string_view paragraphs) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < paragraphs.size()) {
        size_t end = paragraphs.find('\n', start);
        if (end == std::string_view::npos) end = paragraphs.size();
        if (end > start) out.emplace_back(paragraphs.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string withoutBullet(std::string_view paragraph) {
    return std::string(readers::trimAscii(paragraph.substr(bulletLength(paragraph))));
}

}  // namespace fd::lheo
