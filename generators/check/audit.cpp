#include "generators/check/audit.h"

#include <algorithm>
#include <map>

#include "generators/check/course_rules.h"
#include "generators/check/organisation_rules.h"
#include "generators/check/recorder.h"
#include "generators/check/results_rules.h"
#include "generators/check/template_rules.h"
#include "generators/check/translation_rules.h"

namespace fd::check {

std::vector<const Assessment*> AuditReport::findings() const {
    std::vector<const Assessment*> list;
    for (const Assessment& a : assessments)
        if (a.isFinding()) list.push_back(&a);
    return list;
}

bool AuditReport::hasMandatoryGap() const {
    return std::any_of(assessments.begin(), assessments.end(), [](const Assessment& a) { return a.isMandatoryGap(); });
}

size_t AuditReport::findingCount(Severity severity) const {
    return static_cast<size_t>(std::count_if(assessments.begin(), assessments.end(), [&](const Assessment& a) {
        return a.isFinding() && a.severity == severity;
    }));
}

AuditReport runAudit(const Workspace& workspace, const AuditInputs& inputs) {
    AuditReport report;
    report.date = inputs.today;
    report.jurisdiction = workspace.organisation.jurisdiction;
    Recorder recorder(workspace, inputs.templates, report.assessments);
    checkOrganisation(recorder, inputs.today);
    checkTemplates(recorder);
    for (const Course& course : workspace.courses) checkCourse(recorder, course, inputs.today);
    checkResults(recorder, inputs.today);
    checkTranslations(recorder);

    // The organisation first, then each course in workspace order; within each, the registry's
    // order, so that every report and workbook reads like the spec.
    std::map<std::string, size_t> courseIndex;
    for (size_t i = 0; i < workspace.courses.size(); ++i) courseIndex.emplace(workspace.courses[i].id, i + 1);
    auto subjectIndex = [&](const Assessment& a) -> size_t {
        if (a.courseId.empty()) return 0;
        const auto it = courseIndex.find(a.courseId);
        return it == courseIndex.end() ? workspace.courses.size() + 1 : it->second;
    };
    std::stable_sort(report.assessments.begin(), report.assessments.end(),
                     [&](const Assessment& a, const Assessment& b) {
                         const size_t sa = subjectIndex(a), sb = subjectIndex(b);
                         if (sa != sb) return sa < sb;
                         return registryOrder(a.requirementId) < registryOrder(b.requirementId);
                     });
    return report;
}

}  // namespace fd::check
