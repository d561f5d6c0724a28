#include "generators/check/results_rules.h"

#include <map>
#include <set>
#include <vector>

#include "generators/check/rule_support.h"

namespace fd::check {

namespace {

// Sessions over in the twelve months up to `today` (both ends included), with their trainees.
struct RecentResults {
    Date from, to;
    size_t sessions = 0;                                            // with trainees
    std::vector<const Trainee*> trainees;
    std::map<std::string, std::vector<const Trainee*>> byCourse;    // course id -> its trainees
    const Session* latest = nullptr;
};

RecentResults recentResults(const Workspace& ws, const Date& today) {
    RecentResults r;
    r.from = oneYearBefore(today);
    r.to = today;
    std::map<std::string, const Session*> recent;
    for (const Session& s : ws.sessions)
        if (!s.end.empty() && r.from <= s.end && s.end <= r.to) recent.emplace(s.id, &s);
    std::set<std::string> withTrainees;
    for (const Trainee& t : ws.trainees) {
        const auto it = recent.find(t.sessionId);
        if (it == recent.end()) continue;
        const Session* session = it->second;
        r.trainees.push_back(&t);
        r.byCourse[session->courseId].push_back(&t);
        withTrainees.insert(session->id);
        if (!r.latest || r.latest->end < session->end) r.latest = session;
    }
    r.sessions = withTrainees.size();
    return r;
}

// The files as the readers named them; the workspace format's names when they hold no record.
std::string sessionsFile(const Workspace& ws) {
    return ws.sessions.empty() ? "sessions.csv" : ws.sessions.front().loc.file;
}
std::string traineesFile(const Workspace& ws) {
    return ws.trainees.empty() ? "trainees.csv" : ws.trainees.front().loc.file;
}

DetailArgs periodArgs(const RecentResults& r) { return {{"from", r.from}, {"to", r.to}}; }

// FR-RES-01: something to publish at all.
void resultsAvailable(Recorder& recorder, const RecentResults& r) {
    DetailArgs args = periodArgs(r);
    if (!r.latest) {
        recorder.finding("FR-RES-01", nullptr, Status::Missing, "check.detail.no_recent_results", std::move(args),
                         Evidence{{}, {}, "end", sessionsFile(recorder.workspace()), 0});
        return;
    }
    args["sessions"] = static_cast<int64_t>(r.sessions);
    args["trainees"] = static_cast<int64_t>(r.trainees.size());
    recorder.ok("FR-RES-01", nullptr, Evidence{{}, {}, "end", r.latest->loc.file, r.latest->loc.line},
                "check.detail.recent_results", std::move(args));
}

// FR-RES-02: the satisfaction rate, the indicator every auditor asks for, needs answers.
void satisfactionAnswers(Recorder& recorder, const RecentResults& r) {
    if (!r.latest) return;   // nothing to answer about: FR-RES-01 says so
    const Trainee* firstAnswer = nullptr;
    int64_t answers = 0;
    for (const Trainee* t : r.trainees)
        if (t->satisfaction) {
            ++answers;
            if (!firstAnswer) firstAnswer = t;
        }
    if (!firstAnswer) {
        recorder.finding("FR-RES-02", nullptr, Status::Missing, "check.detail.no_satisfaction", periodArgs(r),
                         Evidence{{}, {}, "satisfaction", traineesFile(recorder.workspace()), 0});
        return;
    }
    DetailArgs args = periodArgs(r);
    args["answers"] = answers;
    recorder.ok("FR-RES-02", nullptr, Evidence{{}, {}, "satisfaction", firstAnswer->loc.file, firstAnswer->loc.line},
                "check.detail.satisfaction_answers", std::move(args));
}

// FR-RES-05: a certifying course whose sessions ended publishes its certification rate.
void certificationResults(Recorder& recorder, const RecentResults& r, const Course& course) {
    if (!course.certifying()) return;
    const auto recent = r.byCourse.find(course.id);
    if (recent == r.byCourse.end()) return;   // no session over yet: nothing to publish (FR-RES-06)
    const Trainee* firstTrainee = recent->second.front();
    const Trainee* firstResult = nullptr;
    for (const Trainee* t : recent->second)
        if (t->certification != CertificationResult::NotPresented) {
            firstResult = t;
            break;
        }
    if (!firstResult) {
        recorder.finding("FR-RES-05", &course, Status::Missing, "check.detail.no_certification_results",
                         periodArgs(r),
                         Evidence{{}, {}, "certification", firstTrainee->loc.file, firstTrainee->loc.line});
        return;
    }
    recorder.ok("FR-RES-05", &course, Evidence{{}, {}, "certification", firstResult->loc.file, firstResult->loc.line});
}

}  // namespace

void checkResults(Recorder& recorder, const Date& today) {
    if (recorder.organisation().jurisdiction != Jurisdiction::FR) return;
    const RecentResults r = recentResults(recorder.workspace(), today);
    resultsAvailable(recorder, r);
    satisfactionAnswers(recorder, r);
    for (const Course& course : recorder.workspace().courses) certificationResults(recorder, r, course);
}

}  // namespace fd::check
