// courses.xml written from the model, in the format of docs/workspace-format.md: what the
// readers read back is what was written.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace fd::lheo {

// Appends one <course> to `courses`. Texts in `mainLanguage` (or in no stated language) are
// written as plain text, a text in one other language with xml:lang, and a text in several
// languages as <text xml:lang> children, the main language first.
void appendCourse(pugi::xml_node courses, const Course& course, const std::string& mainLanguage);

// A complete courses.xml holding `courses`.
std::string coursesXml(const std::vector<Course>& courses, const std::string& mainLanguage);

// The existing courses.xml `existing` with `added` appended after its last course; its comments
// and content are kept as they are (only the indentation is redone). nullopt when it cannot be
// parsed or its root is not <courses>.
std::optional<std::string> coursesXmlWithAdded(const std::string& existing, const std::vector<Course>& added,
                                               const std::string& mainLanguage);

}  // namespace fd::lheo
