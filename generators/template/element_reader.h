// Reading the XML of one template file: line numbers (from node offsets), errors naming the
// file and line, and the attribute values elements share (booleans, numbers, heading levels,
// alignments, paragraph styles), each checked against what it may be.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "doc/doc.h"

namespace fd::tmpl {

class ElementReader {
public:
    using Args = std::map<std::string, std::string>;

    ElementReader(std::string file, const std::string& xml);

    const std::string& file() const { return file_; }
    int lineAt(std::size_t offset) const;
    int lineOf(const pugi::xml_node& node) const;
    // Throws TemplateError at the node's line; `node.name()` becomes the diagnostic's field.
    [[noreturn]] void fail(const pugi::xml_node& node, const std::string& key, Args args = {}) const;
    [[noreturn]] void badValue(const pugi::xml_node& node, const char* attribute, const std::string& expected) const;

    void allowAttributes(const pugi::xml_node& node, std::initializer_list<const char*> names) const;
    // The attribute's value; fails when it is absent or blank.
    std::string required(const pugi::xml_node& node, const char* name) const;
    bool boolean(const pugi::xml_node& node, const char* name, bool fallback) const;
    // A number in (0, max].
    double number(const pugi::xml_node& node, const char* name, double fallback, double max) const;
    // 1, 2 or 3.
    int level(const pugi::xml_node& node, const char* name, int fallback) const;
    doc::Align align(const pugi::xml_node& node, doc::Align fallback) const;
    doc::TextStyle style(const pugi::xml_node& node) const;

private:
    std::string file_;
    std::vector<std::size_t> lineStarts_;
};

// Only spaces, tabs and line breaks.
bool isBlank(const char* text);

}  // namespace fd::tmpl
