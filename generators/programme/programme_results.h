// The result indicators a programme shows (FR-PROG-20, RNQ indicator 2): the course's figures
// for the most recent calendar year in which one of its sessions with trainees ended, worded
// for the output language exactly as the indicators document words them, so that the two
// never disagree. The figures come from LatestCourseResults, computed once for every course.
#pragma once

#include <cstdint>
#include <string>

#include "generators/programme/latest_course_results.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

struct ProgrammeResults {
    bool available = false;     // some session of the course with trainees has ended
    int year = 0;
    int64_t trainees = 0;
    // "92 % (11/12)" when significant, else "non significatif (n = 3)" or "aucune donnée"
    // (never a bare percentage over a small sample, FR-RES-04).
    std::string satisfaction;
    std::string success;        // learning assessed successfully; empty when the course is not assessed
    std::string certification;  // certification obtained; empty when the course is not certifying
    Date calculated;            // the calculation date printed by the indicators document
};

// `course`'s figures looked up in `latest` and worded in the output language.
ProgrammeResults programmeResults(const LatestCourseResults& latest, const Course& course, const i18n::Localizer& l10n);

}  // namespace fd::gen
