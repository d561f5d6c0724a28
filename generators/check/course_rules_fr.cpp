// FR-PROG items of one course, and the Qualiopi category its programme is published under.
#include <algorithm>

#include "generators/check/course_rules.h"
#include "generators/check/rule_support.h"
#include "readers/enum_names.h"

namespace fd::check {

namespace {

// The Qualiopi action category (CT L6313-1) of a course's nature, as organisation.xml names it.
const char* qualiopiCategory(ActionNature nature) {
    switch (nature) {
        case ActionNature::Training: return "actions-formation";
        case ActionNature::SkillsAssessment: return "bilans-competences";
        case ActionNature::Vae: return "vae";
        case ActionNature::Apprenticeship: return "apprentissage";
    }
    return "";
}


void prerequisites(Recorder& recorder, const Course& course) {
    // "If none, say so explicitly": <prerequisites none="true"/> is an answer, silence is not.
    if (course.noPrerequisites) recorder.ok("FR-PROG-03", &course, recorder.courseField(course, "prerequisites"));
    else requireCourseList(recorder, "FR-PROG-03", course, course.prerequisites, "prerequisites");
}

void certification(Recorder& recorder, const Course& course) {
    if (!course.certification) return;
    const CertifyingData& cert = *course.certification;
    const auto attribute = [&](const std::string& id, const std::string& name, bool present) {
        Evidence evidence = recorder.courseField(course, "certification");
        evidence.field += "." + name;
        if (present) recorder.ok(id, &course, std::move(evidence));
        else recorder.finding(id, &course, Status::Missing, "check.detail.missing", {}, std::move(evidence));
    };
    requireCourseText(recorder, "FR-PROG-18", course, cert.title, "certification.title");
    attribute("FR-PROG-18", "code", !cert.code.empty());
    attribute("FR-PROG-18", "certifier", !cert.certifier.empty());
    attribute("FR-PROG-18", "registration-date", !cert.registrationDate.empty());

    requireCourseText(recorder, "FR-PROG-19", course, cert.equivalences, "certification.equivalences");
    requireCourseText(recorder, "FR-PROG-19", course, cert.bridges, "certification.bridges");
    requireCourseText(recorder, "FR-PROG-19", course, cert.followUp, "certification.follow-up");
    requireCourseText(recorder, "FR-PROG-19", course, cert.jobOutcomes, "certification.job-outcomes");
    // Blocks of competences exist for RNCP certifications only.
    if (cert.type == CertificationType::RNCP) attribute("FR-PROG-19", "blocks", !cert.blocks.empty());
}

// FR-FMT-04: the Qualiopi mention printed on the programme names the organisation's certified
// categories; a course of another category must not be published under it.
void qualiopiCategoryOf(Recorder& recorder, const Course& course, const Date& today) {
    const Organisation& org = recorder.organisation();
    if (!org.qualiopi || !org.qualiopi->validOn(today) || org.qualiopi->categories.empty()) return;
    const auto& categories = org.qualiopi->categories;
    Evidence evidence = recorder.courseField(course, "nature");
    if (std::find(categories.begin(), categories.end(), qualiopiCategory(course.nature)) != categories.end())
        recorder.ok("FR-FMT-04", &course, std::move(evidence));
    else
        recorder.finding("FR-FMT-04", &course, Status::Invalid, "check.detail.category_not_certified",
                         {{"nature", MessageRef{"nature." + readers::nameOf(readers::actionNatureNames(), course.nature)}}},
                         std::move(evidence));
}

}  // namespace

void checkFrenchCourse(Recorder& recorder, const Course& course, const Date& today) {
    requireCourseText(recorder, "FR-PROG-01", course, course.title, "title");
    requireCourseText(recorder, "FR-PROG-02", course, course.audience, "audience");
    prerequisites(recorder, course);
    requireCourseList(recorder, "FR-PROG-04", course, course.objectives, "objectives");
    requireModules(recorder, "FR-PROG-05", course, false);
    requireHours(recorder, "FR-PROG-06", course);
    requireCourseText(recorder, "FR-PROG-07", course, course.accessModalities, "access-modalities");
    requireCourseText(recorder, "FR-PROG-08", course, course.accessDeadline, "access-deadline");
    requirePrices(recorder, "FR-PROG-09", course);
    requireCourseText(recorder, "FR-PROG-11", course, course.methods, "methods");
    requireCourseText(recorder, "FR-PROG-11", course, course.means, "means");
    requireCourseText(recorder, "FR-PROG-12", course, course.assessment, "assessment");
    requireCourseText(recorder, "FR-PROG-13", course, course.accessibility, "accessibility");
    recorder.ok("FR-PROG-14", &course, recorder.courseField(course, "delivery"));
    // Conditional: the recorder keeps them only for distance / work-based courses.
    requireCourseText(recorder, "FR-PROG-15", course, course.distanceSupport, "distance-support");
    requireCourseText(recorder, "FR-PROG-16", course, course.workBasedDetails, "work-based-details");
    requireCourseText(recorder, "FR-PROG-17", course, course.followUpMeans, "follow-up-means");
    certification(recorder, course);
    requireRecentUpdate(recorder, "FR-PROG-21", course, today);
    requireCourseText(recorder, "FR-PROG-22", course, course.trainerProfile, "trainer-profile");
    requireCourseText(recorder, "FR-PROG-23", course, course.sanction, "sanction");
    requireCourseList(recorder, "FR-PROG-24", course, course.locations, "locations");
    requireCourseText(recorder, "FR-PROG-24", course, course.schedule, "schedule");
    requireGroupSize(recorder, "FR-PROG-24", course);
    qualiopiCategoryOf(recorder, course, today);
}

}  // namespace fd::check
