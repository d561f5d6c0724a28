// PT-PROG items of one course (DGERT), with its CNAEF area against the certified ones.
#include <algorithm>

#include "generators/check/applicability.h"
#include "generators/check/course_rules.h"
#include "generators/check/rule_support.h"
#include "model/identifiers.h"

namespace fd::check {

namespace {

// PT-PROG-02: a CNAEF code, and one the entity is DGERT-certified for.
void area(Recorder& recorder, const Course& course) {
    Evidence evidence = recorder.courseField(course, "cnaef");
    if (course.cnaef.empty()) {
        recorder.finding("PT-PROG-02", &course, Status::Missing, "check.detail.missing", {}, std::move(evidence));
        return;
    }
    if (ids::checkCnaefCode(course.cnaef) != ids::IdCheck::Valid) {
        recorder.finding("PT-PROG-02", &course, Status::Invalid, "check.detail.cnaef_unknown",
                         {{"code", course.cnaef}}, std::move(evidence));
        return;
    }
    const auto& dgert = recorder.organisation().dgert;
    if (dgert && std::find(dgert->areas.begin(), dgert->areas.end(), course.cnaef) == dgert->areas.end()) {
        recorder.finding("PT-PROG-02", &course, Status::Invalid, "check.detail.cnaef_not_certified",
                         {{"code", course.cnaef}}, std::move(evidence));
        return;
    }
    recorder.ok("PT-PROG-02", &course, std::move(evidence));
}

void prerequisites(Recorder& recorder, const Course& course) {
    if (course.noPrerequisites) recorder.ok("PT-PROG-04", &course, recorder.courseField(course, "prerequisites"));
    else requireCourseList(recorder, "PT-PROG-04", course, course.prerequisites, "prerequisites");
}

// Modalidade and forma de organização; a distance or work-based course says how it runs.
void organisationForm(Recorder& recorder, const Course& course) {
    requireCourseText(recorder, "PT-PROG-05", course, course.trainingType, "training-type");
    recorder.ok("PT-PROG-05", &course, recorder.courseField(course, "delivery"));
    if (runsAtDistance(recorder.workspace(), course))
        requireCourseText(recorder, "PT-PROG-05", course, course.distanceSupport, "distance-support");
    if (runsWorkBased(recorder.workspace(), course))
        requireCourseText(recorder, "PT-PROG-05", course, course.workBasedDetails, "work-based-details");
}

// PT-PROG-14: modules built on CNQ UFCDs carry their 4-digit code.
void ufcdCodes(Recorder& recorder, const Course& course) {
    bool allValid = true;
    for (size_t i = 0; i < course.modules.size(); ++i) {
        const Module& m = course.modules[i];
        if (m.code.empty() || ids::checkUfcdCode(m.code) == ids::IdCheck::Valid) continue;
        allValid = false;
        recorder.finding("PT-PROG-14", &course, Status::Invalid, "check.detail.ufcd_code", {{"code", m.code}},
                         Evidence{{}, {}, "course[" + course.id + "].modules[" + std::to_string(i + 1) + "].code",
                                  m.loc.file, m.loc.line});
    }
    if (allValid) recorder.ok("PT-PROG-14", &course, recorder.courseField(course, "modules"));
}

}  // namespace

void checkPortugueseCourse(Recorder& recorder, const Course& course, const Date& today) {
    requireCourseText(recorder, "PT-PROG-01", course, course.title, "title");
    area(recorder, course);
    requireCourseList(recorder, "PT-PROG-03", course, course.objectives, "objectives");
    requireCourseText(recorder, "PT-PROG-04", course, course.audience, "audience");
    prerequisites(recorder, course);
    organisationForm(recorder, course);
    requireModules(recorder, "PT-PROG-06", course, true);
    requireHours(recorder, "PT-PROG-07", course);
    requireCourseText(recorder, "PT-PROG-08", course, course.methods, "methods");
    requireCourseText(recorder, "PT-PROG-09", course, course.assessment, "assessment");
    requireCourseText(recorder, "PT-PROG-10", course, course.means, "means");
    requireCourseText(recorder, "PT-PROG-11", course, course.trainerProfile, "trainer-profile");
    requireCourseText(recorder, "PT-PROG-12", course, course.accessModalities, "access-modalities");
    requireCourseList(recorder, "PT-PROG-12", course, course.locations, "locations");
    requireCourseText(recorder, "PT-PROG-12", course, course.schedule, "schedule");
    requireGroupSize(recorder, "PT-PROG-12", course);
    requirePrices(recorder, "PT-PROG-13", course);
    requireCourseText(recorder, "PT-PROG-13", course, course.sanction, "sanction");
    requireRecentUpdate(recorder, "PT-PROG-13", course, today);
    ufcdCodes(recorder, course);
    requireCourseText(recorder, "PT-REG-14", course, course.accessibility, "accessibility");
}

}  // namespace fd::check
