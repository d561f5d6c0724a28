// The result indicators a programme shows (FR-PROG-20, RNQ indicator 2): the course's figures
// for the most recent calendar year in which one of its sessions with trainees ended, worded
// for the output language exactly as the indicators document words them, so that the two
// never disagree. Computed with generators/indicators/compute.h.
#pragma once

#include <cstdint>
#include <string>

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

// `today` is the build date: the year searched is not after it, and it is the calculation date.
ProgrammeResults programmeResults(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                                  const Date& today);

}  // namespace fd::gen
