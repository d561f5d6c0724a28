#include "generators/check/applicability.h"

#include <algorithm>

namespace fd::check {

namespace {

constexpr int64_t kLongCourseHundredths = 500 * 100;   // FR-RI-16: "courses > 500 h total"

bool distanceMode(DeliveryMode mode) { return mode == DeliveryMode::Distance || mode == DeliveryMode::Blended; }

template <typename Predicate>
bool runsIn(const Workspace& ws, const Course& course, Predicate modeMatches) {
    if (modeMatches(course.deliveryMode)) return true;
    return std::any_of(ws.sessions.begin(), ws.sessions.end(), [&](const Session& s) {
        return s.courseId == course.id && s.mode && modeMatches(*s.mode);
    });
}

bool hasLanguage(const Organisation& org, const std::string& lang) {
    return std::find(org.languages.begin(), org.languages.end(), lang) != org.languages.end();
}

bool isCourseCondition(Condition condition) {
    switch (condition) {
        case Condition::DistanceCourse:
        case Condition::WorkBasedCourse:
        case Condition::CertifyingCourse:
        case Condition::LongCourse:
        case Condition::PaidCourse:
        case Condition::UfcdModules: return true;
        default: return false;
    }
}

// `condition` is one of isCourseCondition's.
bool holdsForCourse(Condition condition, const Workspace& ws, const Course& c) {
    switch (condition) {
        case Condition::DistanceCourse: return runsAtDistance(ws, c);
        case Condition::WorkBasedCourse: return runsWorkBased(ws, c);
        case Condition::CertifyingCourse: return c.certifying();
        case Condition::LongCourse: return c.totalHours.hundredths > kLongCourseHundredths;
        case Condition::PaidCourse: return !c.prices.empty();
        case Condition::UfcdModules:
            return std::any_of(c.modules.begin(), c.modules.end(), [](const Module& m) { return !m.code.empty(); });
        default: return false;
    }
}

bool apprenticeship(const Workspace& ws, const Course* course) {
    if (ws.organisation.policies.isCfa) return true;
    const auto isApprenticeship = [](const Course& c) { return c.nature == ActionNature::Apprenticeship; };
    if (course) return isApprenticeship(*course);
    return std::any_of(ws.courses.begin(), ws.courses.end(), isApprenticeship);
}

Applicability organisationCondition(Condition condition, const Organisation& org) {
    auto applies = [](bool holds) { return holds ? Applicability::Applies : Applicability::NotApplicable; };
    switch (condition) {
        case Condition::None: return Applicability::Applies;
        case Condition::VatExemptTraining: return applies(org.vatRegime == VatRegime::ExemptTraining);
        case Condition::VatFranchise: return applies(org.vatRegime == VatRegime::Franchise293B);
        case Condition::VatExemptPortugal: return applies(org.vatRegime == VatRegime::ExemptArt9PT);
        case Condition::EnglishOutput: return applies(hasLanguage(org, "en"));
        default: return Applicability::Undetermined;
    }
}

}  // namespace

bool runsAtDistance(const Workspace& workspace, const Course& course) {
    return runsIn(workspace, course, distanceMode);
}

bool runsWorkBased(const Workspace& workspace, const Course& course) {
    return runsIn(workspace, course, [](DeliveryMode mode) { return mode == DeliveryMode::WorkBased; });
}

Applicability applicability(const Requirement& requirement, const Workspace& workspace, const Course* course) {
    if (!belongsTo(requirement, workspace.organisation.jurisdiction)) return Applicability::NotApplicable;
    const Condition condition = requirement.condition;
    const auto applies = [](bool holds) { return holds ? Applicability::Applies : Applicability::NotApplicable; };
    if (isCourseCondition(condition)) {
        if (course) return applies(holdsForCourse(condition, workspace, *course));
        return applies(std::any_of(workspace.courses.begin(), workspace.courses.end(),
                                   [&](const Course& c) { return holdsForCourse(condition, workspace, c); }));
    }
    if (condition == Condition::Apprenticeship) return applies(apprenticeship(workspace, course));
    return organisationCondition(condition, workspace.organisation);
}

std::optional<Severity> gapSeverity(const Requirement& requirement, Applicability applicability) {
    switch (applicability) {
        case Applicability::NotApplicable: return std::nullopt;
        case Applicability::Undetermined: return Severity::Recommended;
        case Applicability::Applies: break;
    }
    switch (requirement.level) {
        case Level::Mandatory: return Severity::Mandatory;
        case Level::Conditional: return Severity::Conditional;
        case Level::Recommended: return Severity::Recommended;
    }
    return std::nullopt;
}

}  // namespace fd::check
