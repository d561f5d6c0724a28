#include "generators/check/audit_workbook.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "generators/check/wording.h"

namespace fd::check {

namespace {

using Row = std::vector<doc::Cell>;

doc::Cell text(std::string value) { return doc::CellText{std::move(value)}; }
doc::Cell integer(size_t value) { return doc::CellInteger{static_cast<int64_t>(value)}; }

// A sheet of the workbook: a Qualiopi indicator, or a family of requirements serving none.
struct Group {
    int indicator = 0;          // 0 for a family
    std::string family;
    std::vector<const Assessment*> assessments;
};

std::string familyKey(const std::string& family) {
    std::string key = "check.family.";
    for (char c : family) key += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

std::string groupName(const Group& g, const i18n::Localizer& l10n) {
    return g.indicator ? l10n.msg("check.sheet.indicator", {{"number", static_cast<int64_t>(g.indicator)}}) : g.family;
}

std::string groupTitle(const Group& g, const i18n::Localizer& l10n) {
    return l10n.msg(g.indicator ? "check.indicator." + std::to_string(g.indicator) : familyKey(g.family));
}

// Indicators ascending, then families in the registry's order.
std::vector<Group> groups(const AuditReport& report) {
    std::map<int, Group> byIndicator;
    std::vector<Group> families;
    for (const Assessment& a : report.assessments) {
        const Requirement* r = findRequirement(a.requirementId);
        if (!r) continue;
        for (int indicator : r->indicators) {
            Group& g = byIndicator[indicator];
            g.indicator = indicator;
            g.assessments.push_back(&a);
        }
        if (!r->indicators.empty()) continue;
        const std::string family = r->family();
        auto it = std::find_if(families.begin(), families.end(), [&](const Group& g) { return g.family == family; });
        if (it == families.end()) it = families.insert(families.end(), Group{0, family, {}});
        it->assessments.push_back(&a);
    }
    const auto firstInRegistry = [](const Group& g) { return registryOrder(g.assessments.front()->requirementId); };
    std::sort(families.begin(), families.end(),
              [&](const Group& x, const Group& y) { return firstInRegistry(x) < firstInRegistry(y); });
    std::vector<Group> all;
    for (auto& entry : byIndicator) all.push_back(std::move(entry.second));
    all.insert(all.end(), families.begin(), families.end());
    return all;
}

struct Counts {
    size_t checked = 0, ok = 0, missing = 0, invalid = 0, expiring = 0, gaps = 0;
};

Counts countsOf(const std::vector<const Assessment*>& assessments) {
    Counts c;
    for (const Assessment* a : assessments) {
        ++c.checked;
        switch (a->status) {
            case Status::Ok: ++c.ok; break;
            case Status::Missing: ++c.missing; break;
            case Status::Invalid: ++c.invalid; break;
            case Status::Expiring: ++c.expiring; break;
        }
        if (a->isMandatoryGap()) ++c.gaps;
    }
    return c;
}

doc::Sheet summarySheet(const AuditReport& report, const std::vector<Group>& all, const i18n::Localizer& l10n) {
    doc::Sheet sheet;
    sheet.name = l10n.msg("check.sheet.summary");
    sheet.columns = {doc::sheetColumn(l10n.msg("check.column.sheet"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.scope_title"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.checked"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("check.column.ok"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("check.column.missing"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("check.column.invalid"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("check.column.expiring"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("check.column.mandatory_gaps"), doc::ColumnType::Integer),
                     doc::sheetColumn(l10n.msg("check.column.checked_on"), doc::ColumnType::Date)};
    auto row = [&](std::string name, std::string title, const Counts& c) {
        Row cells;
        cells.push_back(text(std::move(name)));
        cells.push_back(text(std::move(title)));
        for (size_t count : {c.checked, c.ok, c.missing, c.invalid, c.expiring, c.gaps})
            cells.push_back(integer(count));
        cells.push_back(doc::CellDate{report.date.year, report.date.month, report.date.day});
        sheet.rows.push_back(std::move(cells));
    };
    for (const Group& g : all) row(groupName(g, l10n), groupTitle(g, l10n), countsOf(g.assessments));
    // An assessment may serve several indicators: the total counts each one once.
    std::vector<const Assessment*> every;
    for (const Assessment& a : report.assessments) every.push_back(&a);
    row(l10n.msg("check.summary.all"), l10n.msg("check.summary.all_title"), countsOf(every));
    return sheet;
}

doc::Sheet groupSheet(const Group& g, const Workspace& ws, const std::map<std::string, const Course*>& courses,
                      const i18n::Localizer& l10n) {
    doc::Sheet sheet;
    sheet.name = groupName(g, l10n);
    sheet.columns = {doc::sheetColumn(l10n.msg("check.column.scope"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.course"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.requirement"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.requirement_title"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.severity"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.status"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.detail"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.document"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.field"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.file"), doc::ColumnType::Text),
                     doc::sheetColumn(l10n.msg("check.column.line"), doc::ColumnType::Integer)};
    const std::string& main = ws.organisation.mainLanguage();
    for (const Assessment* a : g.assessments) {
        const auto found = courses.find(a->courseId);
        const Course* course = found == courses.end() ? nullptr : found->second;
        Row row;
        for (std::string value : {a->courseId.empty() ? l10n.msg("check.scope.organisation") : a->courseId,
                                  course ? courseTitle(*course, l10n.lang(), main) : ws.organisation.legalName,
                                  a->requirementId, requirementTitle(a->requirementId, l10n),
                                  severityName(a->severity, l10n), statusName(a->status, l10n), detailText(*a, l10n),
                                  documentLocation(a->evidence), a->evidence.field, a->evidence.file})
            row.push_back(text(std::move(value)));
        if (a->evidence.line > 0) row.push_back(doc::CellInteger{a->evidence.line});
        else row.push_back(doc::CellEmpty{});
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

}  // namespace

doc::Workbook buildAuditWorkbook(const AuditReport& report, const Workspace& workspace, const i18n::Localizer& l10n) {
    const Organisation& org = workspace.organisation;
    doc::Workbook book;
    book.properties.title = l10n.msg("check.workbook.title");
    book.properties.subject =
        l10n.msg("check.workbook.subject", {{"name", org.legalName}, {"date", l10n.fmt().date(report.date)}});
    book.properties.keywords = l10n.msg("check.workbook.keywords");
    book.properties.author = org.legalName;
    book.properties.company = org.legalName;
    book.properties.language = i18n::bcp47(l10n.lang());
    // The workbook is dated by the day it reports on, which the caller takes from SOURCE_DATE_EPOCH.
    book.properties.created = report.date.daysSinceEpoch() * 86400;

    const std::vector<Group> all = groups(report);
    book.sheets.push_back(summarySheet(report, all, l10n));
    std::map<std::string, const Course*> courses;
    for (const Course& c : workspace.courses) courses.emplace(c.id, &c);
    for (const Group& g : all) book.sheets.push_back(groupSheet(g, workspace, courses, l10n));
    return book;
}

}  // namespace fd::check
