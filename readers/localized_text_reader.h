// The one reader of translatable elements (docs/workspace-format.md, "Translatable texts"):
//   <audience>Managers</audience>                  -> {"": "Managers"} (the main language)
//   <audience xml:lang="en">Managers</audience>    -> {"en": "Managers"}
//   <audience><text xml:lang="fr">…</text><text xml:lang="en">…</text></audience>
// Whitespace is that of running text: runs of spaces and line breaks become one space, and a
// blank line separates paragraphs, kept as "\n".
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "model/values.h"

namespace fd::readers {

class XmlReader;

// Reports malformed texts (a <text> without or with an unknown xml:lang, a language given twice,
// text mixed with <text> children, other markup) and warns when the element has no text in the
// main language. A null element gives an empty text and no report.
LocalizedText readLocalizedText(const XmlReader& reader, pugi::xml_node element, const std::string& field);

// The languages a text may be written in (those of i18n::supportedLanguages()).
const std::vector<std::string>& textLanguages();
bool isTextLanguage(std::string_view lang);

// Whitespace rule above, applied to the raw character data of an element.
std::string normalizeParagraphs(std::string_view raw);

}  // namespace fd::readers
