// `formadoc check`: what the workspace and the templates in use provide for each requirement of
// the registry (generators/check/requirements.h), for the organisation and for each course.
//
//   AuditInputs inputs{fd::buildDate(), {coverageOf(programmeTemplate, DocumentKind::Programme, …), …}};
//   AuditReport report = runAudit(workspace, inputs);
//   report.hasMandatoryGap()   -> exit 1 (cli/check_audit.h loads the templates in use)
//
// Every requirement checked gives one Assessment per field looked at: OK ones too, so that the
// audit workbook can show the evidence of what is in order. A finding is an assessment that is
// not OK. The data is never changed; texts for people are message keys (locales/*/check.xlf).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "generators/check/requirements.h"
#include "generators/check/template_coverage.h"
#include "model/model.h"

namespace fd::check {

enum class Status {
    Ok,
    Missing,    // absent, or absent in the language it must be in
    Invalid,    // present but wrong: expired, not certified, malformed, out of date
    Expiring,   // valid today, not for long: a warning, not a gap
};

// What a finding weighs. Mandatory and Conditional (a conditional item whose case holds) are
// gaps that make `check` exit 1 and `build` refuse to run; Recommended and Warning are not.
enum class Severity { Mandatory, Conditional, Recommended, Warning };

// Typed arguments of a detail message, formatted in the reader's language when printed.
struct LanguageList {
    std::vector<std::string> codes;   // "en", "pt": printed as language names
};
struct MessageRef {
    std::string key;                  // "nature.skills-assessment": printed as that message
};
using DetailArg = std::variant<std::string, int64_t, Date, LanguageList, MessageRef>;
using DetailArgs = std::map<std::string, DetailArg>;

// Where the auditor finds the item: the generated document and its sections, and the input
// field it comes from.
struct Evidence {
    std::string document;               // relative to the output folder; "" when no document shows it
    std::vector<std::string> sections;  // template sections that print it
    std::string field;                  // "course[MGT-QUOT].accessibility", "contact[administrative].email"
    std::string file;                   // "courses.xml", "templates/programme/fr.xml"
    int line = 0;                       // 0 when the whole file is meant
};

struct Assessment {
    std::string requirementId;
    std::string courseId;               // empty: the organisation
    Status status = Status::Ok;
    Severity severity = Severity::Mandatory;   // for an OK item: what a gap would weigh
    std::string detailKey;              // "check.detail.*"; may be empty for an OK item
    DetailArgs args;
    Evidence evidence;

    bool isFinding() const { return status != Status::Ok; }
    bool isMandatoryGap() const {
        return isFinding() && (severity == Severity::Mandatory || severity == Severity::Conditional);
    }
};

struct AuditReport {
    Date date;                          // the day the requirements were checked against
    Jurisdiction jurisdiction = Jurisdiction::FR;
    std::vector<Assessment> assessments;   // organisation first, then courses in workspace order

    std::vector<const Assessment*> findings() const;
    bool hasMandatoryGap() const;
    size_t findingCount(Severity severity) const;
};

struct AuditInputs {
    Date today;                         // fd::buildDate() in the CLI
    std::vector<TemplateCoverage> templates;   // the templates the documents will use
};

AuditReport runAudit(const Workspace& workspace, const AuditInputs& inputs);

}  // namespace fd::check
