#include "generators/check/text_report.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "generators/check/wording.h"

namespace fd::check {

namespace {

// Display width of UTF-8 text in a terminal: one column per code point (the report's texts are
// Latin script, without combining or wide characters).
size_t columns(const std::string& text) {
    return static_cast<size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padded(const std::string& text, size_t width) {
    const size_t used = columns(text);
    return used >= width ? text : text + std::string(width - used, ' ');
}

struct Line {
    const Assessment* assessment;
    std::string id, severity, indicators, what;
};

std::string where(const Evidence& evidence) {
    const std::string file = fileLocation(evidence);
    if (evidence.field.empty()) return file;
    return file.empty() ? evidence.field : evidence.field + ", " + file;
}

Line lineOf(const Assessment& a, const i18n::Localizer& l10n) {
    Line line{&a, a.requirementId, severityName(a.severity, l10n), indicatorList(a.requirementId), {}};
    if (line.indicators.empty()) line.indicators = "—";
    line.what = l10n.msg("check.report.what",
                         {{"title", requirementTitle(a.requirementId, l10n)}, {"detail", detailText(a, l10n)}});
    const std::string place = where(a.evidence);
    if (!place.empty()) line.what += " (" + place + ")";
    return line;
}

std::string groupHeading(const std::string& courseId, const Workspace& ws, const i18n::Localizer& l10n) {
    const Organisation& org = ws.organisation;
    if (courseId.empty()) return l10n.msg("check.report.organisation", {{"name", org.legalName}});
    const Course* course = ws.findCourse(courseId);
    const std::string title = course ? courseTitle(*course, l10n.lang(), org.mainLanguage()) : courseId;
    return l10n.msg("check.report.course", {{"id", courseId}, {"title", title}});
}

}  // namespace

std::string formatSummaryLine(const AuditReport& report, const i18n::Localizer& l10n) {
    return l10n.msg("check.summary.counts",
                    {{"mandatory", static_cast<int64_t>(report.findingCount(Severity::Mandatory))},
                     {"conditional", static_cast<int64_t>(report.findingCount(Severity::Conditional))},
                     {"recommended", static_cast<int64_t>(report.findingCount(Severity::Recommended))},
                     {"warnings", static_cast<int64_t>(report.findingCount(Severity::Warning))}});
}

std::string formatTextReport(const AuditReport& report, const Workspace& workspace, const i18n::Localizer& l10n) {
    const Organisation& org = workspace.organisation;
    std::ostringstream out;
    out << l10n.msg("check.report.title", {{"name", org.legalName},
                                           {"date", l10n.fmt().date(report.date)},
                                           {"jurisdiction", l10n.msg(report.jurisdiction == Jurisdiction::PT
                                                                         ? "check.report.rules_pt"
                                                                         : "check.report.rules_fr")}})
        << "\n";

    // Findings by subject (organisation = ""), kept in the report's order: organisation, courses.
    std::vector<std::string> subjects;
    std::map<std::string, std::vector<Line>> lines;
    size_t idWidth = 0, severityWidth = 0, indicatorWidth = 0;
    for (const Assessment* a : report.findings()) {
        if (!lines.count(a->courseId)) subjects.push_back(a->courseId);
        Line line = lineOf(*a, l10n);
        idWidth = std::max(idWidth, columns(line.id));
        severityWidth = std::max(severityWidth, columns(line.severity));
        indicatorWidth = std::max(indicatorWidth, columns(line.indicators));
        lines[a->courseId].push_back(std::move(line));
    }
    for (const std::string& subject : subjects) {
        std::vector<Line>& group = lines[subject];
        // Most serious first; the report's order (the spec's) within a severity.
        std::stable_sort(group.begin(), group.end(), [](const Line& x, const Line& y) {
            return x.assessment->severity < y.assessment->severity;
        });
        out << "\n" << groupHeading(subject, workspace, l10n) << "\n";
        for (const Line& line : group)
            out << "  " << padded(line.id, idWidth) << "  " << padded(line.severity, severityWidth) << "  "
                << padded(line.indicators, indicatorWidth) << "  " << line.what << "\n";
    }

    const size_t coursesWithFindings = std::count_if(subjects.begin(), subjects.end(),
                                                     [](const std::string& s) { return !s.empty(); });
    out << "\n";
    if (subjects.empty()) out << l10n.msg("check.summary.no_finding") << "\n";
    out << l10n.msg("check.summary.scope",
                    {{"assessed", static_cast<int64_t>(report.assessments.size())},
                     {"courses", static_cast<int64_t>(workspace.courses.size())},
                     {"clean", static_cast<int64_t>(workspace.courses.size() - coursesWithFindings)}})
        << "\n";
    out << formatSummaryLine(report, l10n) << "\n";
    out << l10n.msg(report.hasMandatoryGap() ? "check.summary.verdict_gaps" : "check.summary.verdict_ok") << "\n";
    return out.str();
}

}  // namespace fd::check
