// Pretty-printed XML text of a pugixml document, as every file written by this module has it:
// UTF-8 declaration, two-space indentation, LF line ends.
#pragma once

#include <pugixml.hpp>

#include <string>

namespace fd::lheo {

std::string xmlText(const pugi::xml_document& document);

// A child element holding `text`, appended to `parent`; nothing when the text is empty.
void appendTextElement(pugi::xml_node parent, const char* name, const std::string& text);

}  // namespace fd::lheo
