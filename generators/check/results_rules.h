// Whether the workspace holds the results Qualiopi indicators 2 and 3 publish (FR-RES): trainees
// of sessions that ended in the twelve months before the check, their satisfaction answers, and
// the certification results of certifying courses.
#pragma once

#include "generators/check/recorder.h"
#include "model/model.h"

namespace fd::check {

void checkResults(Recorder& recorder, const Date& today);

}  // namespace fd::check
