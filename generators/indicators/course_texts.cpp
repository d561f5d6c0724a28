#include "generators/indicators/course_texts.h"

namespace fd::gen {

std::string pickCourseText(TextPicker& picker, const Course& course, const LocalizedText& text,
                           const std::string& field, const std::string& xmlName) {
    return picker.pick(text, TextOrigin{course.loc.file, course.loc.lineOf(xmlName),
                                        "course[" + course.id + "]." + field});
}

std::string courseTitle(TextPicker& picker, const Course& course) {
    return pickCourseText(picker, course, course.title, "title", "title");
}

}  // namespace fd::gen
