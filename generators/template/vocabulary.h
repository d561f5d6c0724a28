// What a document kind offers its templates: the kind's name (checked against the template's
// kind attribute) and the root names it binds, with their types.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "generators/template/types.h"

namespace fd::tmpl {

struct Vocabulary {
    std::string kind;                                       // "programme"
    std::vector<std::pair<std::string, Type>> roots;        // "organisation", "course"…
};

}  // namespace fd::tmpl
