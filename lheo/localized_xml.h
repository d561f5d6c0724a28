// Translatable texts written the way docs/workspace-format.md reads them ("Translatable texts").
#pragma once

#include <pugixml.hpp>

#include <string>

#include "model/values.h"

namespace fd::lheo {

// Appends <name> holding `text` to `parent` and returns it; nothing (a null node) when the text
// is empty. One text in `mainLanguage` or in no stated language is written directly, one text in
// another language with xml:lang, several as <text xml:lang="…"> children, the main language
// first. Paragraphs ("\n" in the model) are separated by a blank line.
pugi::xml_node appendLocalized(pugi::xml_node parent, const char* name, const LocalizedText& text,
                               const std::string& mainLanguage);

// The same, but the element is written even for an empty text (list items keep their place).
pugi::xml_node forceLocalized(pugi::xml_node parent, const char* name, const LocalizedText& text,
                              const std::string& mainLanguage);

}  // namespace fd::lheo
