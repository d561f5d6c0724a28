#include "generators/template/element_reader.h"

#include <algorithm>
#include <charconv>

#include "generators/template/error.h"

namespace fd::tmpl {

bool isBlank(const char* text) {
    for (; *text; ++text)
        if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r') return false;
    return true;
}

ElementReader::ElementReader(std::string file, const std::string& xml) : file_(std::move(file)) {
    lineStarts_.push_back(0);
    for (std::size_t i = 0; i < xml.size(); ++i)
        if (xml[i] == '\n') lineStarts_.push_back(i + 1);
}

int ElementReader::lineAt(std::size_t offset) const {
    return static_cast<int>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin());
}

int ElementReader::lineOf(const pugi::xml_node& node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    return offset < 0 ? 0 : lineAt(static_cast<std::size_t>(offset));
}

void ElementReader::fail(const pugi::xml_node& node, const std::string& key, Args args) const {
    throw TemplateError(file_, lineOf(node), node.name(), key, std::move(args));
}

void ElementReader::badValue(const pugi::xml_node& node, const char* attribute, const std::string& expected) const {
    fail(node, "diag.template.bad_value",
         {{"attribute", attribute}, {"element", node.name()}, {"value", node.attribute(attribute).value()},
          {"expected", expected}});
}

void ElementReader::allowAttributes(const pugi::xml_node& node, std::initializer_list<const char*> names) const {
    for (const pugi::xml_attribute& attribute : node.attributes()) {
        const bool known = std::any_of(names.begin(), names.end(),
                                       [&](const char* name) { return std::string(name) == attribute.name(); });
        if (!known) fail(node, "diag.template.unknown_attribute", {{"attribute", attribute.name()}, {"element", node.name()}});
    }
}

std::string ElementReader::required(const pugi::xml_node& node, const char* name) const {
    const pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute || isBlank(attribute.value()))
        fail(node, "diag.template.missing_attribute", {{"attribute", name}, {"element", node.name()}});
    return attribute.value();
}

bool ElementReader::boolean(const pugi::xml_node& node, const char* name, bool fallback) const {
    const pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) return fallback;
    const std::string value = attribute.value();
    if (value != "true" && value != "false") badValue(node, name, "true|false");
    return value == "true";
}

double ElementReader::number(const pugi::xml_node& node, const char* name, double fallback, double max) const {
    const pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) return fallback;
    const std::string text = attribute.value();
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !(value > 0 && value <= max))
        badValue(node, name, "0 < n <= " + std::to_string(static_cast<int>(max)));
    return value;
}

int ElementReader::level(const pugi::xml_node& node, const char* name, int fallback) const {
    const pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) return fallback;
    const std::string value = attribute.value();
    if (value != "1" && value != "2" && value != "3") badValue(node, name, "1|2|3");
    return value[0] - '0';
}

doc::Align ElementReader::align(const pugi::xml_node& node, doc::Align fallback) const {
    const pugi::xml_attribute attribute = node.attribute("align");
    if (!attribute) return fallback;
    const std::string value = attribute.value();
    if (value == "left") return doc::Align::Left;
    if (value == "justify") return doc::Align::Justify;
    if (value == "center") return doc::Align::Center;
    if (value == "right") return doc::Align::Right;
    badValue(node, "align", "left|justify|center|right");
}

doc::TextStyle ElementReader::style(const pugi::xml_node& node) const {
    const pugi::xml_attribute attribute = node.attribute("style");
    if (!attribute) return doc::TextStyle::Body;
    const std::string value = attribute.value();
    if (value == "body") return doc::TextStyle::Body;
    if (value == "lead") return doc::TextStyle::Lead;
    if (value == "small") return doc::TextStyle::Small;
    if (value == "note") return doc::TextStyle::Note;
    if (value == "title") return doc::TextStyle::Title;
    if (value == "subtitle") return doc::TextStyle::Subtitle;
    badValue(node, "style", "body|lead|small|note|title|subtitle");
}

}  // namespace fd::tmpl
