#include "lheo/element_reader.h"

#include <sstream>

#include "lheo/text_cleaner.h"
#include "readers/text_util.h"

namespace fd::lheo {

namespace {

// The value without the spaces (ASCII and no-break) people put between digit groups.
std::string withoutSpaces(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (readers::isAsciiSpace(text[i])) continue;
        if (text.substr(i, 2) == "\xC2\xA0") {
            ++i;
            continue;
        }
        if (text.substr(i, 3) == "\xE2\x80\xAF") {
            i += 2;
            continue;
        }
        out.push_back(text[i]);
    }
    return out;
}

// The character data of a text element. Some exporters put HTML in as markup rather than as
// escaped text: the children are then taken as they are written, for the markup repair to read.
std::string rawText(pugi::xml_node element) {
    std::string raw;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            raw += child.value();
        } else if (child.type() == pugi::node_element) {
            std::ostringstream markup;
            child.print(markup, "", pugi::format_raw);
            raw += markup.str();
        }
    }
    return raw;
}

}  // namespace

std::string ElementReader::text(pugi::xml_node element) const {
    if (!element) return {};
    doc_.consume(element);
    CleanText clean = cleanText(rawText(element));
    if (clean.mojibake)
        warning(element, "lheo.repair.mojibake", {{"before", clean.mojibake->before}, {"after", clean.mojibake->after}});
    if (clean.markup) warning(element, "lheo.repair.markup");
    if (clean.placeholder)
        warning(element, "lheo.repair.placeholder", {{"value", readers::collapseWhitespace(rawText(element))}});
    return std::move(clean.text);
}

LocalizedText ElementReader::frenchText(pugi::xml_node element) const {
    LocalizedText result;
    std::string value = text(element);
    if (!value.empty()) result.byLang["fr"] = std::move(value);
    return result;
}

std::optional<bool> ElementReader::flag(pugi::xml_node element) const {
    const std::string value = code(element);
    if (value == "1") return true;
    if (value == "0") return false;
    if (!value.empty()) invalid(element, value);
    return std::nullopt;
}

std::string ElementReader::code(pugi::xml_node element) const {
    if (!element) return {};
    doc_.consume(element);
    return readers::collapseWhitespace(element.text().get());
}

std::optional<Hours> ElementReader::hours(pugi::xml_node element) const {
    const std::string value = code(element);
    if (value.empty()) return std::nullopt;
    if (auto parsed = Hours::parse(withoutSpaces(value))) return parsed;
    invalid(element, value);
    return std::nullopt;
}

std::optional<Cents> ElementReader::euros(pugi::xml_node element) const {
    const std::string value = code(element);
    if (value.empty()) return std::nullopt;
    if (auto parsed = parseEuros(withoutSpaces(value))) return parsed;
    invalid(element, value);
    return std::nullopt;
}

void ElementReader::warning(pugi::xml_node element, const std::string& key,
                            std::map<std::string, std::string> args) const {
    diagnostics_.warning(doc_.name(), doc_.lineOf(element), doc_.pathOf(element), key, std::move(args));
}

void ElementReader::invalid(pugi::xml_node element, const std::string& value) const {
    warning(element, "lheo.value.invalid", {{"element", std::string(localName(element))}, {"value", value}});
}

std::optional<Date> parseLheoDate(std::string_view text) {
    text = readers::trimAscii(text);
    if (text.size() != 8) return std::nullopt;
    const std::string iso = std::string(text.substr(0, 4)) + "-" + std::string(text.substr(4, 2)) + "-" +
                            std::string(text.substr(6, 2));
    return Date::parseIso(iso);
}

std::optional<Date> parseTimestampDate(std::string_view text) {
    text = readers::trimAscii(text);
    if (text.size() >= 10 && text[4] == '-') return Date::parseIso(text.substr(0, 10));
    return parseLheoDate(text.substr(0, 8));
}

}  // namespace fd::lheo
