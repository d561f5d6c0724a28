#include "generators/indicators/compute.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace fd::gen {

namespace {

// Everything the rates are made of, as integers, for one scope (a course, a year, all courses).
struct Counts {
    int64_t started = 0, completed = 0, failed = 0, abandoned = 0;
    int64_t respondents = 0, satisfied = 0;
    int64_t assessedCompleted = 0, assessedFailed = 0;
    int64_t presented = 0, certified = 0;
    int64_t hundredthsAttended = 0;

    Counts& operator+=(const Counts& o) {
        started += o.started;
        completed += o.completed;
        failed += o.failed;
        abandoned += o.abandoned;
        respondents += o.respondents;
        satisfied += o.satisfied;
        assessedCompleted += o.assessedCompleted;
        assessedFailed += o.assessedFailed;
        presented += o.presented;
        certified += o.certified;
        hundredthsAttended += o.hundredthsAttended;
        return *this;
    }
};

// Which optional indicators apply to a scope.
struct Applicability {
    bool assessed = false;     // RES-F3
    bool certifying = false;   // RES-F4
};

constexpr int kSatisfiedFrom = 4;   // "satisfied" (4) or "very satisfied" (5) on the 1..5 scale

void addTrainee(Counts& c, const Trainee& t, const Course& course) {
    ++c.started;
    c.hundredthsAttended += t.hoursAttended.hundredths;
    const bool finished = t.outcome != Outcome::Abandoned;
    switch (t.outcome) {
        case Outcome::Completed: ++c.completed; break;
        case Outcome::Failed: ++c.failed; break;
        case Outcome::Abandoned: ++c.abandoned; break;
    }
    if (finished && t.satisfaction) {
        ++c.respondents;
        if (*t.satisfaction >= kSatisfiedFrom) ++c.satisfied;
    }
    if (finished && course.assessed) {
        if (t.outcome == Outcome::Completed) ++c.assessedCompleted;
        else ++c.assessedFailed;
    }
    if (course.certifying() && t.certification != CertificationResult::NotPresented) {
        ++c.presented;
        if (t.certification == CertificationResult::Obtained ||
            t.certification == CertificationResult::PartiallyObtained)
            ++c.certified;
    }
}

Figures figuresOf(const Counts& c, Applicability applies, int threshold) {
    const int64_t finished = c.completed + c.failed;
    Figures f;
    f.trainees = c.started;
    f.satisfaction = Rate::of(c.satisfied, c.respondents, threshold);
    f.responseRate = Rate::of(c.respondents, finished, threshold);
    f.completion = Rate::of(finished, c.started, threshold);
    f.abandon = Rate::of(c.abandoned, c.started, threshold);
    if (applies.assessed)
        f.success = Rate::of(c.assessedCompleted, c.assessedCompleted + c.assessedFailed, threshold);
    if (applies.certifying) f.certification = Rate::of(c.certified, c.presented, threshold);
    f.hoursDelivered = Hours{c.hundredthsAttended};
    return f;
}

// Counts per course (indexed as workspace.courses) for one scope of time.
using CourseCounts = std::vector<Counts>;

struct Tally {
    CourseCounts inPeriod;
    std::map<int, CourseCounts> byYear;   // ascending years
};

// The course index and end date of each trainee's session, skipping unknown sessions and courses.
template <typename Visit>
void forEachCountedTrainee(const Workspace& ws, Visit visit) {
    std::unordered_map<std::string, size_t> courseIndex;
    for (size_t i = 0; i < ws.courses.size(); ++i) courseIndex.emplace(ws.courses[i].id, i);
    std::unordered_map<std::string, const Session*> sessions;
    for (const Session& s : ws.sessions) sessions.emplace(s.id, &s);

    for (const Trainee& t : ws.trainees) {
        const auto session = sessions.find(t.sessionId);
        if (session == sessions.end()) continue;
        const auto course = courseIndex.find(session->second->courseId);
        if (course == courseIndex.end()) continue;
        visit(t, course->second, session->second->end);
    }
}

Tally tally(const Workspace& ws, const Period& period) {
    Tally result;
    result.inPeriod.resize(ws.courses.size());
    forEachCountedTrainee(ws, [&](const Trainee& t, size_t course, const Date& end) {
        if (period.contains(end)) addTrainee(result.inPeriod[course], t, ws.courses[course]);
        if (end.year <= period.to.year) {
            CourseCounts& year = result.byYear[end.year];
            year.resize(ws.courses.size());
            addTrainee(year[course], t, ws.courses[course]);
        }
    });
    return result;
}

Applicability applicabilityOf(const Course& course) { return {course.assessed, course.certifying()}; }

Applicability organisationApplicability(const Workspace& ws) {
    Applicability a;
    for (const Course& c : ws.courses) {
        a.assessed = a.assessed || c.assessed;
        a.certifying = a.certifying || c.certifying();
    }
    return a;
}

// Per-course figures and their organisation-wide sum.
void fillFigures(const Workspace& ws, const CourseCounts& counts, int threshold, Figures& organisation,
                 std::vector<CourseFigures>& courses) {
    Counts total;
    courses.clear();
    for (size_t i = 0; i < ws.courses.size(); ++i) {
        total += counts[i];
        courses.push_back({ws.courses[i].id, figuresOf(counts[i], applicabilityOf(ws.courses[i]), threshold)});
    }
    organisation = figuresOf(total, organisationApplicability(ws), threshold);
}

}  // namespace

Period Period::between(const Date& from, const Date& to) {
    if (from.empty() || to.empty()) throw std::invalid_argument("indicators period: both dates are required");
    if (to < from)
        throw std::invalid_argument("indicators period: " + to.iso() + " is before " + from.iso());
    return Period{from, to};
}

Period Period::calendarYear(int year) { return between(Date{year, 1, 1}, Date{year, 12, 31}); }

std::optional<int> Period::calendarYearOf() const {
    if (from == Date{from.year, 1, 1} && to == Date{from.year, 12, 31}) return from.year;
    return std::nullopt;
}

Rate Rate::of(int64_t numerator, int64_t denominator, int smallSampleThreshold) {
    Rate r;
    r.numerator = numerator;
    r.denominator = denominator;
    r.significant = denominator > 0 && denominator >= smallSampleThreshold;
    if (denominator > 0) r.ratio = static_cast<double>(numerator) / static_cast<double>(denominator);
    return r;
}

IndicatorsReport computeIndicators(const Workspace& workspace, const Period& period, const Date& calculationDate) {
    IndicatorsReport report;
    report.period = period;
    report.calculationDate = calculationDate;
    report.smallSampleThreshold = workspace.organisation.policies.smallSampleThreshold;

    const Tally counts = tally(workspace, period);
    fillFigures(workspace, counts.inPeriod, report.smallSampleThreshold, report.organisation, report.courses);
    for (const auto& [year, yearCounts] : counts.byYear) {
        YearFigures y;
        y.year = year;
        fillFigures(workspace, yearCounts, report.smallSampleThreshold, y.organisation, y.courses);
        report.years.push_back(std::move(y));
    }
    return report;
}

int latestYearWithResults(const Workspace& workspace, const Date& today) {
    int latest = 0;
    forEachCountedTrainee(workspace, [&](const Trainee&, size_t, const Date& end) {
        if (end <= today) latest = std::max(latest, end.year);
    });
    return latest == 0 ? today.year : latest;
}

const Figures* courseFiguresInYear(const IndicatorsReport& report, int year, const std::string& courseId) {
    for (const YearFigures& y : report.years) {
        if (y.year != year) continue;
        for (const CourseFigures& c : y.courses)
            if (c.courseId == courseId) return &c.figures;
    }
    return nullptr;
}

}  // namespace fd::gen
