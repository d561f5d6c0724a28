// courses.xml -> courses (docs/workspace-format.md). Checks the syntax of every value; required
// content and cross-file rules are model/validate's job.
// Course::loc.fieldLines holds the line of each element read, keyed by its path in the course:
// "title", "objectives[2]", "prices[1].label", "certification.blocks[1].title"… (1-based
// indexes); Module::loc has "title" and "content". Diagnostics name the field
// "course[<id>].<key>", or "course[#<position>].<key>" for a course without id.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/model.h"
#include "readers/xml_file.h"

namespace fd::readers {

// nullopt when the root element is not <courses>. `mainLanguage` is the organisation's (empty
// when unknown: texts lacking it are then not reported).
std::optional<std::vector<Course>> readCourses(const XmlFile& file, const std::string& mainLanguage,
                                               Diagnostics& diagnostics);

// Loads `path` (reported as `name`) and reads it; nullopt when unreadable or malformed.
std::optional<std::vector<Course>> readCoursesFile(const std::string& path, const std::string& name,
                                                   const std::string& mainLanguage, Diagnostics& diagnostics);

}  // namespace fd::readers
