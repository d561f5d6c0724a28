// A parsed LHEO file: elements found by local name (LHEO files may or may not prefix their
// namespace), each element's line and path for diagnostics, and the record of which elements
// the import mapped, so that everything else can be reported as not imported.
#pragma once

#include <pugixml.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/diagnostics.h"
#include "readers/xml_file.h"

namespace fd::lheo {

// "lheo:formation" -> "formation".
std::string_view localName(pugi::xml_node node);

class LheoDocument {
public:
    // `name` is how diagnostics name the file (the path as given).
    explicit LheoDocument(std::string name) : file_(std::move(name)) {}

    // Reads and parses the file. A file that is not valid UTF-8 is read as Windows-1252 or
    // ISO-8859-1 (reported as a repair). False, with an error reported, when the file cannot be
    // read or is not well-formed XML.
    bool load(const std::string& path, Diagnostics& diagnostics);
    bool parse(std::string bytes, Diagnostics& diagnostics);

    const std::string& name() const { return file_.name(); }
    pugi::xml_node root() const { return file_.root(); }
    int lineOf(pugi::xml_node node) const { return file_.lineOf(node); }
    // "lheo/offres/formation/action/session[2]/periode": local names from the root, with the
    // 1-based position among same-named siblings when there are several.
    std::string pathOf(pugi::xml_node node) const;

    // First child element named `name`, or the element at a '/'-separated path of local names.
    static pugi::xml_node child(pugi::xml_node parent, std::string_view name);
    static pugi::xml_node find(pugi::xml_node scope, std::string_view path);
    // The first of several alternative paths that exists (LHEO versions place things differently).
    static pugi::xml_node findAny(pugi::xml_node scope, std::initializer_list<std::string_view> paths);
    // Every element at `path` below `scope`, in document order.
    static std::vector<pugi::xml_node> findAll(pugi::xml_node scope, std::string_view path);

    // Marks `element` and everything in it as imported (or deliberately left out).
    void consume(pugi::xml_node element);
    bool consumed(pugi::xml_node element) const;

    // Warns (lheo.unmapped) about every element below `scope` that holds text and was not
    // consumed, once per outermost such element.
    void reportUnmapped(pugi::xml_node scope, Diagnostics& diagnostics) const;

private:
    bool touched(pugi::xml_node element) const;   // it or something in it was consumed

    readers::XmlFile file_;
    std::unordered_set<size_t> consumed_;
};

}  // namespace fd::lheo
