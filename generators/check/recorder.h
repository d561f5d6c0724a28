// What every rule of generators/check writes through: one assessment per field looked at, its
// severity read from the registry and the workspace (applicability.h), and its evidence
// completed with the generated document and template sections that show it.
#pragma once

#include <string>
#include <vector>

#include "generators/check/audit.h"
#include "generators/check/template_coverage.h"
#include "model/model.h"

namespace fd::check {

class Recorder {
public:
    Recorder(const Workspace& workspace, const std::vector<TemplateCoverage>& templates,
             std::vector<Assessment>& out);

    const Workspace& workspace() const { return ws_; }
    const Organisation& organisation() const { return ws_.organisation; }
    const std::vector<TemplateCoverage>& templates() const { return templates_; }

    // Whether `id` applies to `course`, or to the organisation when `course` is null. The
    // methods below record nothing for a requirement that does not apply.
    bool applies(const std::string& id, const Course* course) const;

    void ok(const std::string& id, const Course* course, Evidence evidence, std::string detailKey = {},
            DetailArgs args = {});
    void finding(const std::string& id, const Course* course, Status status, std::string detailKey, DetailArgs args,
                 Evidence evidence);
    // An assessment whose weight does not come from the registry: an out-of-date or untranslated
    // text (recommended), an expiry soon (warning), a value that contradicts the jurisdiction
    // whatever case the requirement is conditioned on (mandatory), an item the generator of a
    // document requires itself (template_rules.h). Kept even if the registry's condition fails.
    void recordWeighing(Severity severity, const std::string& id, const Course* course, Status status,
                        std::string detailKey, DetailArgs args, Evidence evidence);

    // Evidence of a field of organisation.xml / of a course in courses.xml.
    Evidence organisationField(const std::string& locKey, const std::string& field) const;
    Evidence courseField(const Course& course, const std::string& locKey) const;

private:
    void record(const std::string& id, const Course* course, Status status, Severity severity,
                std::string detailKey, DetailArgs args, Evidence evidence);
    void completeEvidence(const Requirement& requirement, const Course* course, Evidence& evidence) const;

    const Workspace& ws_;
    const std::vector<TemplateCoverage>& templates_;
    std::vector<Assessment>& out_;
};

}  // namespace fd::check
