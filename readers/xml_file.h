// An XML file of the workspace, parsed by pugixml, that can say on which line a node starts.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace fd::readers {

class XmlFile {
public:
    explicit XmlFile(std::string name) : name_(std::move(name)) {}
    XmlFile(const XmlFile&) = delete;
    XmlFile& operator=(const XmlFile&) = delete;

    // Parses UTF-8 `content`. Malformed XML is reported (diag.xml.malformed, at the line where
    // pugixml stopped) and gives false.
    bool parse(std::string content, Diagnostics& diagnostics);
    // Reads the file at `path`, then parses it; an unreadable file is reported (diag.file.unreadable).
    bool load(const std::string& path, Diagnostics& diagnostics);

    const std::string& name() const { return name_; }
    pugi::xml_node root() const { return document_.document_element(); }
    // 1-based line where `node` starts; 0 for a null node.
    int lineOf(pugi::xml_node node) const;

private:
    int lineAtOffset(ptrdiff_t offset) const;

    std::string name_;
    std::vector<size_t> lineStarts_;   // offset of the first byte of each line
    pugi::xml_document document_;
};

}  // namespace fd::readers
