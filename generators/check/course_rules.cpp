#include "generators/check/course_rules.h"

#include "generators/check/rule_support.h"

namespace fd::check {

void checkCourse(Recorder& recorder, const Course& course, const Date& today) {
    if (recorder.organisation().jurisdiction == Jurisdiction::PT) checkPortugueseCourse(recorder, course, today);
    else checkFrenchCourse(recorder, course, today);
}

void requireHours(Recorder& recorder, const std::string& id, const Course& course) {
    Evidence evidence = recorder.courseField(course, "hours");
    if (course.totalHours.hundredths > 0) recorder.ok(id, &course, std::move(evidence));
    else recorder.finding(id, &course, Status::Missing, "check.detail.missing", {}, std::move(evidence));
}

void requirePrices(Recorder& recorder, const std::string& id, const Course& course) {
    Evidence evidence = recorder.courseField(course, "prices");
    if (!course.prices.empty()) recorder.ok(id, &course, std::move(evidence));
    else recorder.finding(id, &course, Status::Missing, "check.detail.missing", {}, std::move(evidence));
}

void requireRecentUpdate(Recorder& recorder, const std::string& id, const Course& course, const Date& today) {
    Evidence evidence = recorder.courseField(course, "last-update");
    if (course.lastUpdate.empty()) {
        recorder.finding(id, &course, Status::Missing, "check.detail.missing", {}, std::move(evidence));
        return;
    }
    // The information must be dated and current (GdL ind. 1): a sheet untouched for a year is
    // worth a second look, not a gap.
    if (course.lastUpdate < oneYearBefore(today)) {
        recorder.recordWeighing(Severity::Recommended, id, &course, Status::Invalid, "check.detail.stale",
                                {{"date", course.lastUpdate}, {"today", today}}, std::move(evidence));
        return;
    }
    recorder.ok(id, &course, std::move(evidence), "check.detail.updated_on", {{"date", course.lastUpdate}});
}

void requireModules(Recorder& recorder, const std::string& id, const Course& course, bool hoursPerModule) {
    if (course.modules.empty()) {
        recorder.finding(id, &course, Status::Missing, "check.detail.missing", {},
                         recorder.courseField(course, "modules"));
        return;
    }
    const std::string& mainLanguage = recorder.organisation().mainLanguage();
    bool complete = true;
    for (size_t i = 0; i < course.modules.size(); ++i) {
        const Module& m = course.modules[i];
        const std::string name = "course[" + course.id + "].modules[" + std::to_string(i + 1) + "]";
        const TextGap gap = textGap(m.title, mainLanguage);
        if (!gap.detailKey.empty()) {
            complete = false;
            recorder.finding(id, &course, Status::Missing, gap.detailKey, gap.args,
                             Evidence{{}, {}, name + ".title", m.loc.file, m.loc.lineOf("title")});
        }
        if (hoursPerModule && m.hours.hundredths <= 0) {
            complete = false;
            recorder.finding(id, &course, Status::Missing, "check.detail.missing", {},
                             Evidence{{}, {}, name + ".hours", m.loc.file, m.loc.line});
        }
    }
    if (complete) recorder.ok(id, &course, recorder.courseField(course, "modules"));
}

void requireGroupSize(Recorder& recorder, const std::string& id, const Course& course) {
    Evidence evidence = recorder.courseField(course, "group");
    if (course.groupMax > 0) recorder.ok(id, &course, std::move(evidence));
    else recorder.finding(id, &course, Status::Missing, "check.detail.missing", {}, std::move(evidence));
}

}  // namespace fd::check
