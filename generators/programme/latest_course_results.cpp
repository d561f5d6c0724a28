#include "generators/programme/latest_course_results.h"

#include <stdexcept>

namespace fd::gen {

LatestCourseResults::LatestCourseResults(const Workspace& workspace, const IndicatorsReport& report)
    : LatestCourseResults(report, latestYearWithResults(workspace, report.calculationDate)) {}

LatestCourseResults::LatestCourseResults(const IndicatorsReport& report, int lastYear)
    : calculated_(report.calculationDate) {
    if (report.period.to.year < lastYear)
        throw std::invalid_argument("programme results: the indicators report stops before " +
                                    std::to_string(lastYear) + ", the year of the latest results");
    // The most recent year first, so that a course keeps its latest year with trainees. Years
    // after lastYear (a period reaching further) hold only sessions that have not ended yet.
    for (auto year = report.years.rbegin(); year != report.years.rend(); ++year) {
        if (year->year > lastYear) continue;
        for (const CourseFigures& course : year->courses) {
            if (course.figures.trainees == 0) continue;
            latest_.try_emplace(course.courseId, LatestFigures{year->year, course.figures});
        }
    }
}

LatestCourseResults LatestCourseResults::compute(const Workspace& workspace, const Date& today) {
    const int lastYear = latestYearWithResults(workspace, today);
    return LatestCourseResults(computeIndicators(workspace, Period::calendarYear(lastYear), today), lastYear);
}

const LatestFigures* LatestCourseResults::of(const std::string& courseId) const {
    const auto found = latest_.find(courseId);
    return found == latest_.end() ? nullptr : &found->second;
}

}  // namespace fd::gen
