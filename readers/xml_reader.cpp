#include "readers/xml_reader.h"

#include <cstring>

#include "readers/localized_text_reader.h"
#include "readers/text_util.h"

namespace fd::readers {

std::string subField(const std::string& prefix, const std::string& name) {
    return prefix.empty() ? name : prefix + "." + name;
}

void XmlReader::error(pugi::xml_node node, const std::string& field, const std::string& key,
                      std::map<std::string, std::string> args) const {
    diagnostics_.error(file_.name(), line(node), field, key, std::move(args));
}

void XmlReader::warning(pugi::xml_node node, const std::string& field, const std::string& key,
                        std::map<std::string, std::string> args) const {
    diagnostics_.warning(file_.name(), line(node), field, key, std::move(args));
}

void XmlReader::checkChildren(pugi::xml_node node, const std::vector<ChildRule>& rules,
                              const std::string& field) const {
    std::map<std::string, int> seen;
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        const ChildRule* rule = nullptr;
        for (const auto& candidate : rules)
            if (std::strcmp(candidate.name, child.name()) == 0) rule = &candidate;
        if (!rule) {
            warning(child, field, "diag.xml.unknown_element", {{"element", child.name()}});
            continue;
        }
        if (++seen[rule->name] == 2 && !rule->repeatable)
            error(child, field, "diag.xml.duplicate_element", {{"element", child.name()}});
    }
}

std::string XmlReader::plainText(pugi::xml_node element) const {
    std::string raw;
    for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) raw += child.value();
    return collapseWhitespace(raw);
}

std::string XmlReader::attribute(pugi::xml_node node, const char* name) const {
    return std::string(trimAscii(node.attribute(name).value()));
}

std::optional<Date> XmlReader::date(pugi::xml_node node, const char* name, const std::string& field) const {
    const std::string value = attribute(node, name);
    if (value.empty()) return std::nullopt;
    if (auto parsed = Date::parseIso(value)) return parsed;
    error(node, field, "diag.value.date", {{"value", value}});
    return std::nullopt;
}

std::optional<int> XmlReader::integer(pugi::xml_node node, const char* name, const std::string& field, int min,
                                      int max) const {
    const std::string value = attribute(node, name);
    if (value.empty()) return std::nullopt;
    const auto number = parseDigits(value);
    if (!number) {
        error(node, field, "diag.value.integer", {{"value", value}});
        return std::nullopt;
    }
    if (*number < min || *number > max) {
        error(node, field, "diag.value.range",
              {{"value", value}, {"min", std::to_string(min)}, {"max", std::to_string(max)}});
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<Hours> XmlReader::hours(pugi::xml_node node, const char* name, const std::string& field) const {
    const std::string value = attribute(node, name);
    if (value.empty()) return std::nullopt;
    if (auto parsed = Hours::parse(value)) return parsed;
    error(node, field, "diag.value.hours", {{"value", value}});
    return std::nullopt;
}

std::optional<Cents> XmlReader::cents(pugi::xml_node node, const char* name, const std::string& field) const {
    const std::string value = attribute(node, name);
    if (value.empty()) return std::nullopt;
    if (auto number = parseDigits(value)) return *number;
    error(node, field, "diag.value.cents", {{"value", value}});
    return std::nullopt;
}

std::optional<bool> XmlReader::boolean(pugi::xml_node node, const char* name, const std::string& field) const {
    const std::string value = attribute(node, name);
    if (value.empty()) return std::nullopt;
    if (value == "true") return true;
    if (value == "false") return false;
    reportChoice(node, field, value, "true, false");
    return std::nullopt;
}

std::optional<int> XmlReader::permille(pugi::xml_node node, const char* name, const std::string& field) const {
    const std::string value = attribute(node, name);
    if (value.empty()) return std::nullopt;
    const auto parsed = Hours::parse(value);   // the same decimal syntax as hours
    if (!parsed || parsed->hundredths % 10 != 0 || parsed->hundredths > 100 * 100) {
        error(node, field, "diag.value.percent", {{"value", value}});
        return std::nullopt;
    }
    return static_cast<int>(parsed->hundredths / 10);
}

bool XmlReader::checkWord(pugi::xml_node node, const std::string& field, const std::string& value,
                          const std::vector<std::string>& allowed) const {
    for (const auto& word : allowed)
        if (word == value) return true;
    reportChoice(node, field, value, joinNames(allowed));
    return false;
}

LocalizedText XmlReader::text(pugi::xml_node element, const std::string& field, SourceLoc& loc,
                              const std::string& key) const {
    if (element) loc.fieldLines[key] = line(element);
    return readLocalizedText(*this, element, field);
}

void XmlReader::reportChoice(pugi::xml_node node, const std::string& field, const std::string& value,
                             const std::string& allowed) const {
    error(node, field, "diag.value.choice", {{"value", value}, {"allowed", allowed}});
}

}  // namespace fd::readers
