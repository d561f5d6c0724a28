#include "lheo/xml_output.h"

#include <sstream>

namespace fd::lheo {

std::string xmlText(const pugi::xml_document& document) {
    std::ostringstream out;
    // A document read from a file keeps its own declaration; pugixml's default one would lack
    // the encoding.
    if (document.first_child().type() != pugi::node_declaration)
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    // format_indent keeps an element holding only text on one line.
    document.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return out.str();
}

void appendTextElement(pugi::xml_node parent, const char* name, const std::string& text) {
    if (text.empty()) return;
    parent.append_child(name).text().set(text.c_str());
}

}  // namespace fd::lheo
