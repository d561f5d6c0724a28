#include "lheo/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>

#include "lheo/utf8.h"
#include "readers/text_util.h"

namespace fd::lheo {

namespace {

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Tags that start a new block of text; any other known tag is inline and simply removed.
constexpr std::array<std::string_view, 22> blockTags = {
    "p",  "br", "div", "li", "ul",    "ol", "dl", "dt", "dd", "h1", "h2",
    "h3", "h4", "h5",  "h6", "table", "tr", "hr", "pre", "blockquote", "section", "article"};
constexpr std::array<std::string_view, 18> inlineTags = {"b",   "i",    "u",    "em",  "strong", "span",
                                                         "a",   "font", "sup",  "sub", "small",  "big",
                                                         "td",  "th",   "tbody", "thead", "center", "strike"};

bool isBlockTag(std::string_view name) {
    return std::find(blockTags.begin(), blockTags.end(), name) != blockTags.end();
}
// Table cells are separated by a space; other inline tags simply vanish.
const char* replacementFor(std::string_view tag) {
    if (isBlockTag(tag)) return "\n\n";
    return tag == "td" || tag == "th" ? " " : "";
}
bool isKnownTag(std::string_view name) {
    return isBlockTag(name) || std::find(inlineTags.begin(), inlineTags.end(), name) != inlineTags.end();
}

// HTML 4 entity names of U+00A0..U+00FF, in code point order.
constexpr std::array<std::string_view, 96> latin1Entities = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

// Other entities met in French text: XML's own, typographic quotes and dashes, œ, €.
constexpr std::array<std::pair<std::string_view, char32_t>, 30> otherEntities = {{
    {"amp", 0x26},      {"lt", 0x3C},       {"gt", 0x3E},       {"quot", 0x22},     {"apos", 0x27},
    {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},  {"Yuml", 0x178},
    {"euro", 0x20AC},   {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"hellip", 0x2026},
    {"bull", 0x2022},   {"trade", 0x2122},  {"thinsp", 0x2009}, {"ensp", 0x2002},   {"emsp", 0x2003},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"dagger", 0x2020}, {"permil", 0x2030}, {"circ", 0x2C6},
}};

std::optional<char32_t> namedEntity(std::string_view name) {
    for (size_t i = 0; i < latin1Entities.size(); ++i)
        if (latin1Entities[i] == name) return static_cast<char32_t>(0xA0 + i);
    for (const auto& [entity, cp] : otherEntities)
        if (entity == name) return cp;
    return std::nullopt;
}

// A character reference at `pos` ("&eacute;", "&#233;", "&#xE9;"): its character and length.
std::optional<std::pair<char32_t, size_t>> entityAt(std::string_view text, size_t pos) {
    const size_t end = text.find(';', pos);
    if (end == std::string_view::npos || end - pos > 12 || end == pos + 1) return std::nullopt;
    const std::string_view body = text.substr(pos + 1, end - pos - 1);
    const size_t length = end - pos + 1;
    if (body[0] != '#') {
        if (!std::all_of(body.begin(), body.end(), [](char c) { return isAsciiLetter(c) || isAsciiDigit(c); }))
            return std::nullopt;
        if (auto cp = namedEntity(body)) return std::make_pair(*cp, length);
        return std::nullopt;
    }
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return std::nullopt;
    uint32_t value = 0;
    for (char c : digits) {
        uint32_t digit;
        if (isAsciiDigit(c)) digit = static_cast<uint32_t>(c - '0');
        else if (hex && c >= 'a' && c <= 'f') digit = static_cast<uint32_t>(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F') digit = static_cast<uint32_t>(c - 'A' + 10);
        else return std::nullopt;
        value = value * (hex ? 16 : 10) + digit;
        if (value > 0x10FFFF) return std::nullopt;
    }
    if (value == 0 || (value >= 0xD800 && value <= 0xDFFF)) return std::nullopt;
    return std::make_pair(static_cast<char32_t>(value), length);
}

struct Tag {
    std::string name;   // lower case
    size_t length = 0;  // from '<' to '>' inclusive
};

// A known tag at `pos` ("<p>", "</li>", "<br />", "<a href='…'>"); nullopt otherwise.
std::optional<Tag> tagAt(std::string_view text, size_t pos) {
    size_t i = pos + 1;
    if (i < text.size() && text[i] == '/') ++i;
    const size_t nameStart = i;
    while (i < text.size() && (isAsciiLetter(text[i]) || (i > nameStart && isAsciiDigit(text[i])))) ++i;
    if (i == nameStart || i >= text.size()) return std::nullopt;
    if (text[i] != '>' && text[i] != '/' && !readers::isAsciiSpace(text[i])) return std::nullopt;
    const size_t close = text.find('>', i);
    if (close == std::string_view::npos) return std::nullopt;
    Tag tag{readers::lowercaseAscii(text.substr(nameStart, i - nameStart)), close - pos + 1};
    if (!isKnownTag(tag.name)) return std::nullopt;
    return tag;
}

}  // namespace

bool containsMarkup(std::string_view text) {
    for (size_t pos = 0; pos < text.size(); ++pos) {
        if (text[pos] == '<' && tagAt(text, pos)) return true;
        if (text[pos] == '&' && entityAt(text, pos)) return true;
    }
    return false;
}

bool containsTags(std::string_view text) {
    for (size_t pos = text.find('<'); pos != std::string_view::npos; pos = text.find('<', pos + 1))
        if (tagAt(text, pos)) return true;
    return false;
}

std::string markupToPlainText(std::string_view text) {
    // In HTML a line break of the source is a space; a text with entities but no tag is plain
    // text whose line breaks mean what they say.
    const bool html = containsTags(text);
    std::string out;
    out.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) {
        const char c = text[pos];
        if (c == '<') {
            if (auto tag = tagAt(text, pos)) {
                out += replacementFor(tag->name);
                pos += tag->length;
                continue;
            }
        } else if (c == '&') {
            if (auto entity = entityAt(text, pos)) {
                appendUtf8(out, entity->first);
                pos += entity->second;
                continue;
            }
        }
        out.push_back(html && (c == '\n' || c == '\r') ? ' ' : c);
        ++pos;
    }
    return out;
}

}  // namespace fd::lheo
