#include "generators/check/wording.h"

namespace fd::check {

namespace {

// The typed argument as text in the reader's language.
struct ArgFormatter {
    const i18n::Localizer& l10n;

    i18n::Arg operator()(const std::string& text) const { return text; }
    i18n::Arg operator()(int64_t number) const { return number; }
    i18n::Arg operator()(const Date& date) const { return l10n.fmt().date(date); }
    i18n::Arg operator()(const MessageRef& ref) const { return l10n.msg(ref.key); }
    i18n::Arg operator()(const LanguageList& list) const {
        std::string names;
        for (const std::string& code : list.codes) {
            if (!names.empty()) names += ", ";
            names += l10n.msg("lang." + code);
        }
        return names;
    }
};

}  // namespace

std::string severityName(Severity severity, const i18n::Localizer& l10n) {
    switch (severity) {
        case Severity::Mandatory: return l10n.msg("check.severity.mandatory");
        case Severity::Conditional: return l10n.msg("check.severity.conditional");
        case Severity::Recommended: return l10n.msg("check.severity.recommended");
        case Severity::Warning: return l10n.msg("check.severity.warning");
    }
    return {};
}

std::string statusName(Status status, const i18n::Localizer& l10n) {
    switch (status) {
        case Status::Ok: return l10n.msg("check.status.ok");
        case Status::Missing: return l10n.msg("check.status.missing");
        case Status::Invalid: return l10n.msg("check.status.invalid");
        case Status::Expiring: return l10n.msg("check.status.expiring");
    }
    return {};
}

std::string indicatorList(const std::string& requirementId) {
    const Requirement* requirement = findRequirement(requirementId);
    std::string list;
    if (!requirement) return list;
    for (int indicator : requirement->indicators) {
        if (!list.empty()) list += ", ";
        list += std::to_string(indicator);
    }
    return list;
}

std::string requirementTitle(const std::string& requirementId, const i18n::Localizer& l10n) {
    const Requirement* requirement = findRequirement(requirementId);
    return requirement ? l10n.msg(requirement->titleKey) : requirementId;
}

std::string detailText(const Assessment& assessment, const i18n::Localizer& l10n) {
    if (assessment.detailKey.empty()) return {};
    i18n::Args args;
    for (const auto& [name, value] : assessment.args) args[name] = std::visit(ArgFormatter{l10n}, value);
    return l10n.msg(assessment.detailKey, args);
}

std::string fileLocation(const Evidence& evidence) {
    if (evidence.file.empty()) return {};
    return evidence.line > 0 ? evidence.file + ":" + std::to_string(evidence.line) : evidence.file;
}

std::string documentLocation(const Evidence& evidence) {
    if (evidence.document.empty()) return {};
    std::string text = evidence.document;
    for (size_t i = 0; i < evidence.sections.size(); ++i) text += (i == 0 ? " § " : ", ") + evidence.sections[i];
    return text;
}

std::string courseTitle(const Course& course, const std::string& lang, const std::string& mainLanguage) {
    const std::string* title = course.title.get(lang, mainLanguage);
    return title ? *title : course.id;
}

}  // namespace fd::check
