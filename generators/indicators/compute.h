// Published result indicators (Qualiopi indicators 2 and 3, FR-RES-01..05): counts and rates
// per course and for the whole organisation over a reference period. Pure computation, no I/O.
//
// Rules, chosen once here so that every document tells the same story:
// - A session belongs to a period when its END date falls in it (inclusive bounds): results are
//   known only once a session is over, and a session spanning New Year counts in the year it ends.
// - "Started" = every trainee of the sessions in scope. "Finished" = outcome completed or failed
//   (did not abandon).
// - RES-F1 satisfaction = respondents answering 4 or 5 ÷ respondents, where respondents are
//   trainees who finished and gave a satisfaction score (the survey is an end-of-training one:
//   an answer from a trainee who abandoned is not counted). Response rate = respondents ÷ finished.
// - RES-F2 completion = finished ÷ started; abandon = abandoned ÷ started.
// - RES-F3 success = completed ÷ assessed (completed + failed), over courses whose learning is
//   assessed (Course::assessed); absent when no course in scope is assessed.
// - RES-F4 certification = (obtained + partially obtained) ÷ candidates presented (certification
//   result other than "not presented"), over certifying courses; absent when none is certifying.
// - Hours delivered = sum of the hours attended by every trainee, abandons included.
// - Organisation figures add up the counts of every course (never an average of rates).
//   Trainees whose session or course is unknown are left out (the workspace check reports them).
// - A rate whose denominator is below Policies::smallSampleThreshold is "not significant": it is
//   kept (numerator and denominator are always printed) but must not be shown as a bare
//   percentage. A rate with denominator 0 has no ratio.
// - Year on year: the same figures for every calendar year in which a session with trainees
//   ended, up to the year the period ends in, ascending.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace fd::gen {

// A reference period, both bounds inclusive.
struct Period {
    Date from, to;

    // Throws std::invalid_argument when `to` is before `from` or a bound is empty.
    static Period between(const Date& from, const Date& to);
    static Period calendarYear(int year);
    bool contains(const Date& d) const { return from <= d && d <= to; }
    // The year when the period is exactly one calendar year.
    std::optional<int> calendarYearOf() const;
};

// numerator ÷ denominator, integers throughout; the ratio is the only floating-point value.
struct Rate {
    int64_t numerator = 0;
    int64_t denominator = 0;
    bool significant = false;        // denominator >= the small-sample threshold
    std::optional<double> ratio;     // absent when the denominator is 0

    static Rate of(int64_t numerator, int64_t denominator, int smallSampleThreshold);
};

struct Figures {
    int64_t trainees = 0;            // trainees trained (started)
    Rate satisfaction;               // RES-F1
    Rate responseRate;               // respondents ÷ finished
    Rate completion;                 // RES-F2
    Rate abandon;
    std::optional<Rate> success;     // RES-F3, only when some course in scope is assessed
    std::optional<Rate> certification;  // RES-F4, only when some course in scope is certifying
    Hours hoursDelivered;
};

struct CourseFigures {
    std::string courseId;
    Figures figures;
};

struct YearFigures {
    int year = 0;
    Figures organisation;
    std::vector<CourseFigures> courses;   // every course, in workspace order
};

struct IndicatorsReport {
    Period period;
    Date calculationDate;
    int smallSampleThreshold = 0;
    Figures organisation;
    std::vector<CourseFigures> courses;   // every course, in workspace order, even without sessions
    std::vector<YearFigures> years;       // see "Year on year" above
};

// `calculationDate` is recorded, not used to filter: callers pass fd::buildDate().
IndicatorsReport computeIndicators(const Workspace& workspace, const Period& period, const Date& calculationDate);

// The calendar year of the most recent end, on or before `today`, of a session with trainees
// (a session still running has no results yet); `today`'s year when there is none. The default
// period of `formadoc indicators`.
int latestYearWithResults(const Workspace& workspace, const Date& today);

// The figures of `courseId` in `year`, or nullptr when that year is not in the report.
const Figures* courseFiguresInYear(const IndicatorsReport& report, int year, const std::string& courseId);

}  // namespace fd::gen
