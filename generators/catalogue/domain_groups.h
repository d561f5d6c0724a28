// The order of the catalogue: courses grouped by domain in the output language, domains and
// the courses within each sorted with that language's collation (so "Éco-conduite" sorts
// with the E's in French, not after Z).
#pragma once

#include <string>
#include <vector>

#include "generators/common/text_picker.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

struct DomainGroup {
    std::string name;                       // in the output language; "" for courses without one
    std::vector<const Course*> courses;     // by title, then by id for equal titles
};

// Every course once. Courses without a domain come last, in a group without a name. Titles and
// domains missing in the output language fall back through `picker` (which warns).
std::vector<DomainGroup> groupByDomain(const std::vector<Course>& courses, const i18n::Formatter& fmt,
                                       TextPicker& picker);

}  // namespace fd::gen
