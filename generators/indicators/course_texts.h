// The translatable texts of a course the indicators print, in the output language, with the
// fallback warning naming the field as the templates do ("course[MGT].certification.bridges").
#pragma once

#include <string>

#include "generators/common/text_picker.h"
#include "model/model.h"

namespace fd::gen {

// `field` is the path below the course ("title", "certification.block[2].title"); `xmlName`
// the element whose line the course's SourceLoc may record.
std::string pickCourseText(TextPicker& picker, const Course& course, const LocalizedText& text,
                           const std::string& field, const std::string& xmlName);

std::string courseTitle(TextPicker& picker, const Course& course);

}  // namespace fd::gen
