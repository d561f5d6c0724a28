#include "readers/localized_text_reader.h"

#include <algorithm>

#include "readers/text_util.h"
#include "readers/xml_reader.h"

namespace fd::readers {

namespace {

// Character data directly inside `element`; reports any child element as markup we do not read.
std::string characterData(const XmlReader& reader, pugi::xml_node element, const std::string& field) {
    std::string raw;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) raw += child.value();
        else if (child.type() == pugi::node_element)
            reader.error(child, field, "diag.text.markup", {{"element", child.name()}});
    }
    return raw;
}

// xml:lang of `node`, checked; nullopt after reporting an unknown language.
std::optional<std::string> languageOf(const XmlReader& reader, pugi::xml_node node, const std::string& field) {
    const std::string lang = reader.attribute(node, "xml:lang");
    if (lang.empty() || isTextLanguage(lang)) return lang;
    reader.error(node, field, "diag.text.lang_unknown", {{"lang", lang}, {"allowed", joinNames(textLanguages())}});
    return std::nullopt;
}

void readTranslations(const XmlReader& reader, pugi::xml_node element, const std::string& field,
                      LocalizedText& text) {
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            if (!trimAscii(child.value()).empty()) reader.error(child, field, "diag.text.mixed");
            continue;
        }
        if (child.type() != pugi::node_element) continue;
        if (std::string_view(child.name()) != "text") {
            reader.error(child, field, "diag.text.markup", {{"element", child.name()}});
            continue;
        }
        const auto lang = languageOf(reader, child, field);
        if (!lang) continue;
        if (lang->empty()) {
            reader.error(child, field, "diag.text.lang_missing");
            continue;
        }
        if (text.has(*lang)) {
            reader.error(child, field, "diag.text.lang_duplicate", {{"lang", *lang}});
            continue;
        }
        std::string value = normalizeParagraphs(characterData(reader, child, field));
        if (!value.empty()) text.byLang[*lang] = std::move(value);
    }
}

}  // namespace

const std::vector<std::string>& textLanguages() {
    static const std::vector<std::string> languages = {"fr", "pt", "en"};
    return languages;
}

bool isTextLanguage(std::string_view lang) {
    const auto& languages = textLanguages();
    return std::find(languages.begin(), languages.end(), lang) != languages.end();
}

std::string normalizeParagraphs(std::string_view raw) {
    std::string out, paragraph;
    const auto flush = [&] {
        std::string collapsed = collapseWhitespace(paragraph);
        paragraph.clear();
        if (collapsed.empty()) return;
        if (!out.empty()) out += '\n';
        out += collapsed;
    };
    size_t start = 0;
    while (start <= raw.size()) {
        size_t end = raw.find('\n', start);
        if (end == std::string_view::npos) end = raw.size();
        const std::string_view line = raw.substr(start, end - start);
        if (trimAscii(line).empty()) flush();
        else (paragraph += ' ') += line;
        start = end + 1;
    }
    flush();
    return out;
}

LocalizedText readLocalizedText(const XmlReader& reader, pugi::xml_node element, const std::string& field) {
    LocalizedText text;
    if (!element) return text;
    if (element.child("text")) {
        readTranslations(reader, element, field, text);
    } else if (const auto lang = languageOf(reader, element, field)) {
        std::string value = normalizeParagraphs(characterData(reader, element, field));
        if (!value.empty()) text.byLang[*lang] = std::move(value);
    }
    const std::string& main = reader.mainLanguage();
    if (!main.empty() && !text.has(main) && !text.has(""))
        reader.warning(element, field, "diag.text.missing_main", {{"lang", main}});
    return text;
}

}  // namespace fd::readers
