// Every course's latest result figures (FR-PROG-20), taken once from one workspace-wide
// indicators report and then only looked up. A programme needs its course's figures only, but
// they come from the whole workspace's computation: made once per programme, a catalogue or a
// build of N courses would cost N computations over N courses. The caller (the CLI, a bench, a
// test) builds one of these per run and hands it to every programme; the figures carry no
// language, ProgrammeResults words them (programme_results.h).
#pragma once

#include <string>
#include <unordered_map>

#include "generators/indicators/compute.h"
#include "model/model.h"

namespace fd::gen {

// A course's figures in the most recent calendar year in which one of its sessions with
// trainees ended.
struct LatestFigures {
    int year = 0;
    Figures figures;
};

class LatestCourseResults {
public:
    // From a report the caller already has. Its calculation date stands for "today": the year
    // searched is not after latestYearWithResults(workspace, calculation date), and it is the date
    // programmes print. Throws std::invalid_argument when the report's period ends before that
    // year (the default period of `formadoc indicators` always reaches it).
    LatestCourseResults(const Workspace& workspace, const IndicatorsReport& report);

    // Computes the report itself, over the calendar year of the latest results on `today`.
    static LatestCourseResults compute(const Workspace& workspace, const Date& today);

    // nullptr when no session of the course with trainees has ended.
    const LatestFigures* of(const std::string& courseId) const;
    const Date& calculated() const { return calculated_; }

private:
    LatestCourseResults(const IndicatorsReport& report, int lastYear);

    Date calculated_;
    std::unordered_map<std::string, LatestFigures> latest_;
};

}  // namespace fd::gen
