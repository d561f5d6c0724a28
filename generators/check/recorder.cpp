#include "generators/check/recorder.h"

#include <stdexcept>

#include "generators/catalogue/catalogue_document.h"
#include "generators/check/applicability.h"
#include "generators/common/file_names.h"
#include "generators/programme/programme.h"
#include "generators/regulation/regulation.h"

namespace fd::check {

namespace {

const Requirement& registered(const std::string& id) {
    const Requirement* requirement = findRequirement(id);
    // Rules name their requirements literally: an unknown one is a programming error.
    if (!requirement) throw std::logic_error("requirement not in the registry: " + id);
    return *requirement;
}

// The generated document a requirement is checked in, for a course or the whole organisation;
// "" for translations, which concern every document. Legal mentions are checked in programmes.
std::string documentName(DocumentKind kind, const Course* course, const std::string& lang) {
    switch (kind) {
        case DocumentKind::Programme:
        case DocumentKind::Mentions:
            return course ? gen::programmeFileName(*course, lang) : "programmes/*." + lang + ".pdf";
        case DocumentKind::Catalogue: return gen::catalogueFileName(lang);
        case DocumentKind::Results: return gen::indicatorsFileName(lang);
        case DocumentKind::Regulation: return gen::regulationFileName(lang);
        default: return {};
    }
}

DocumentKind templateKindOf(DocumentKind kind) {
    return kind == DocumentKind::Mentions ? DocumentKind::Programme : kind;
}

}  // namespace

Recorder::Recorder(const Workspace& workspace, const std::vector<TemplateCoverage>& templates,
                   std::vector<Assessment>& out)
    : ws_(workspace), templates_(templates), out_(out) {}

bool Recorder::applies(const std::string& id, const Course* course) const {
    return gapSeverity(registered(id), applicability(registered(id), ws_, course)).has_value();
}

void Recorder::ok(const std::string& id, const Course* course, Evidence evidence, std::string detailKey,
                  DetailArgs args) {
    const Requirement& requirement = registered(id);
    if (auto severity = gapSeverity(requirement, applicability(requirement, ws_, course)))
        record(id, course, Status::Ok, *severity, std::move(detailKey), std::move(args), std::move(evidence));
}

void Recorder::finding(const std::string& id, const Course* course, Status status, std::string detailKey,
                       DetailArgs args, Evidence evidence) {
    const Requirement& requirement = registered(id);
    if (auto severity = gapSeverity(requirement, applicability(requirement, ws_, course)))
        record(id, course, status, *severity, std::move(detailKey), std::move(args), std::move(evidence));
}

void Recorder::recordWeighing(Severity severity, const std::string& id, const Course* course, Status status,
                              std::string detailKey, DetailArgs args, Evidence evidence) {
    if (!belongsTo(registered(id), ws_.organisation.jurisdiction)) return;
    record(id, course, status, severity, std::move(detailKey), std::move(args), std::move(evidence));
}

Evidence Recorder::organisationField(const std::string& locKey, const std::string& field) const {
    Evidence e;
    e.field = field;
    e.file = ws_.organisation.loc.file;
    e.line = ws_.organisation.loc.lineOf(locKey);
    return e;
}

Evidence Recorder::courseField(const Course& course, const std::string& locKey) const {
    Evidence e;
    e.field = "course[" + course.id + "]." + locKey;
    e.file = course.loc.file;
    e.line = course.loc.lineOf(locKey);
    return e;
}

void Recorder::record(const std::string& id, const Course* course, Status status, Severity severity,
                      std::string detailKey, DetailArgs args, Evidence evidence) {
    completeEvidence(registered(id), course, evidence);
    Assessment a;
    a.requirementId = id;
    a.courseId = course ? course->id : std::string();
    a.status = status;
    a.severity = severity;
    a.detailKey = std::move(detailKey);
    a.args = std::move(args);
    a.evidence = std::move(evidence);
    out_.push_back(std::move(a));
}

void Recorder::completeEvidence(const Requirement& requirement, const Course* course, Evidence& evidence) const {
    const std::string& lang = ws_.organisation.mainLanguage();
    std::vector<DocumentKind> kinds = requirement.documents;
    // A course's data is printed in its programme, whatever else the requirement concerns;
    // only its results go to the result indicators.
    if (course && !requirement.concerns(DocumentKind::Results)) kinds.insert(kinds.begin(), DocumentKind::Programme);
    for (DocumentKind kind : kinds) {
        const std::string document = documentName(kind, course, lang);
        if (document.empty()) continue;
        if (evidence.document.empty()) evidence.document = document;
        if (evidence.sections.empty())
            for (const TemplateCoverage& coverage : templates_)
                if (coverage.document == templateKindOf(kind)) evidence.sections = coverage.sectionsFor(requirement.id);
        return;
    }
}

}  // namespace fd::check
