// Conditions of <section if="…">, <if test="…"> and <box checked="…">:
//   PATH              true when the value is set: true, non-empty text or list, non-zero number,
//                     a date, a present record
//   not PATH          the opposite
//   PATH = VALUE      an enum field equals one of its values (checked at load time)
//   PATH != VALUE     …or differs from it
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "generators/template/path.h"

namespace fd::tmpl {

struct Condition {
    std::string text;                     // as written
    Path path;
    bool negate = false;
    std::optional<std::string> equals;    // for the two enum comparisons
};

std::variant<Condition, PathProblem> parseCondition(const std::string& text, const Scope& scope);

bool holds(const Condition& condition, const Bindings& bindings, const EvalEnv& env);
// Whether a value counts as set (the PATH form).
bool isSet(const Value& value);

}  // namespace fd::tmpl
