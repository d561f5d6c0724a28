// What each course must state (FR-PROG for a French organisation, PT-PROG for a Portuguese one),
// read from courses.xml and sessions.csv: every field a requirement needs, in the main language.
#pragma once

#include "generators/check/recorder.h"
#include "model/model.h"

namespace fd::check {

// `today` dates the checks that depend on time (last update older than twelve months).
void checkCourse(Recorder& recorder, const Course& course, const Date& today);

// The jurisdiction halves of checkCourse, and the rules they share (course_rules.cpp).
void checkFrenchCourse(Recorder& recorder, const Course& course, const Date& today);
void checkPortugueseCourse(Recorder& recorder, const Course& course, const Date& today);

void requireHours(Recorder& recorder, const std::string& id, const Course& course);
void requirePrices(Recorder& recorder, const std::string& id, const Course& course);
// Present, and updated in the last twelve months (recommended).
void requireRecentUpdate(Recorder& recorder, const std::string& id, const Course& course, const Date& today);
// At least one module, each with a title in the main language; with `hoursPerModule`, each with
// its hours too (PT-PROG-06).
void requireModules(Recorder& recorder, const std::string& id, const Course& course, bool hoursPerModule);
// A maximum group size (the minimum is optional).
void requireGroupSize(Recorder& recorder, const std::string& id, const Course& course);

}  // namespace fd::check
