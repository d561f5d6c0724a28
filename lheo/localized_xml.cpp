#include "lheo/localized_xml.h"

#include <utility>
#include <vector>

namespace fd::lheo {

namespace {

// Paragraphs are separated by "\n" in the model and by an empty line in the files.
std::string withBlankLines(const std::string& paragraphs) {
    std::string out;
    out.reserve(paragraphs.size() + 8);
    for (char c : paragraphs) {
        out.push_back(c);
        if (c == '\n') out.push_back('\n');
    }
    return out;
}

// The languages of `text` in writing order: the main language (or no stated one) first.
std::vector<std::pair<std::string, const std::string*>> ordered(const LocalizedText& text,
                                                                const std::string& mainLanguage) {
    std::vector<std::pair<std::string, const std::string*>> out;
    for (const auto& [lang, value] : text.byLang)
        if (lang.empty() || lang == mainLanguage) out.emplace_back(mainLanguage, &value);
    for (const auto& [lang, value] : text.byLang)
        if (!lang.empty() && lang != mainLanguage) out.emplace_back(lang, &value);
    return out;
}

}  // namespace

pugi::xml_node forceLocalized(pugi::xml_node parent, const char* name, const LocalizedText& text,
                              const std::string& mainLanguage) {
    pugi::xml_node element = parent.append_child(name);
    const auto texts = ordered(text, mainLanguage);
    if (texts.size() == 1) {
        if (texts.front().first != mainLanguage)
            element.append_attribute("xml:lang").set_value(texts.front().first.c_str());
        element.text().set(withBlankLines(*texts.front().second).c_str());
        return element;
    }
    for (const auto& [lang, value] : texts) {
        pugi::xml_node child = element.append_child("text");
        child.append_attribute("xml:lang").set_value(lang.c_str());
        child.text().set(withBlankLines(*value).c_str());
    }
    return element;
}

pugi::xml_node appendLocalized(pugi::xml_node parent, const char* name, const LocalizedText& text,
                               const std::string& mainLanguage) {
    if (text.empty()) return {};
    return forceLocalized(parent, name, text, mainLanguage);
}

}  // namespace fd::lheo
