#include "generators/check/template_rules.h"

#include <algorithm>

#include "generators/check/applicability.h"

namespace fd::check {

namespace {

bool declares(const TemplateCoverage& coverage, const std::string& id) {
    return std::find(coverage.requirementIds.begin(), coverage.requirementIds.end(), id) !=
           coverage.requirementIds.end();
}

Evidence sectionEvidence(const TemplateCoverage& coverage, const std::string& id) {
    return Evidence{{}, coverage.sectionsFor(id), {}, coverage.file, coverage.lineOf(id)};
}

// The registry decides what the template must declare, and what a gap weighs. An item whose
// case no workspace field tells (a contract with a private individual, subcontracting…) is
// cited as evidence when a section declares it, and not asked for otherwise.
void registryRequirements(Recorder& recorder, const TemplateCoverage& coverage) {
    const Workspace& ws = recorder.workspace();
    for (const std::string& id : requiredTemplateIds(ws, coverage.document)) {
        if (declares(coverage, id)) {
            recorder.ok(id, nullptr, sectionEvidence(coverage, id));
        } else if (applicability(*findRequirement(id), ws, nullptr) == Applicability::Applies) {
            recorder.finding(id, nullptr, Status::Missing, "check.detail.template_section_missing", {},
                             sectionEvidence(coverage, id));
        }
    }
}

// The document's generator decides: its mandatory items weigh Mandatory (Conditional for an item
// the spec marks C), its recommended ones Recommended.
void generatorRequirements(Recorder& recorder, const TemplateCoverage& coverage, const RequiredIds& required) {
    const auto assess = [&](const std::string& id, Severity severity) {
        const bool present = declares(coverage, id);
        recorder.recordWeighing(severity, id, nullptr, present ? Status::Ok : Status::Missing,
                                present ? std::string() : "check.detail.template_section_missing", {},
                                sectionEvidence(coverage, id));
    };
    for (const std::string& id : required.mandatory) {
        const Requirement* requirement = findRequirement(id);
        const bool conditional = requirement && requirement->level == Level::Conditional;
        assess(id, conditional ? Severity::Conditional : Severity::Mandatory);
    }
    for (const std::string& id : required.recommended) assess(id, Severity::Recommended);
}

}  // namespace

std::vector<std::string> requiredTemplateIds(const Workspace& workspace, DocumentKind document) {
    std::vector<std::string> ids;
    for (const Requirement& r : requirements())
        if (r.concerns(document) && applicability(r, workspace, nullptr) != Applicability::NotApplicable)
            ids.push_back(r.id);
    return ids;
}

void checkTemplates(Recorder& recorder) {
    for (const TemplateCoverage& coverage : recorder.templates()) {
        if (coverage.required) generatorRequirements(recorder, coverage, *coverage.required);
        else registryRequirements(recorder, coverage);
    }
}

}  // namespace fd::check
