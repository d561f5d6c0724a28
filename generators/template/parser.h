// Reads a template and checks it completely before anything is generated: unknown elements
// and attributes, literal text, field paths, message keys and their arguments, conditions,
// loop variables, table shapes. The first problem is thrown as a TemplateError with the
// template's file and line.
#pragma once

#include <string>

#include "generators/template/node.h"
#include "generators/template/vocabulary.h"
#include "i18n/i18n.h"

namespace fd::tmpl {

// `file` names the template in errors; `messages` is any catalogue (every language has the
// same keys and arguments).
ParsedTemplate parseTemplate(const std::string& xml, const std::string& file, const Vocabulary& vocabulary,
                             const i18n::Catalogue& messages);

}  // namespace fd::tmpl
