#include "generators/catalogue/catalogue_workbook.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "generators/catalogue/catalogue_template.h"
#include "generators/catalogue/domain_groups.h"
#include "generators/common/prices.h"
#include "generators/common/text_picker.h"
#include "generators/indicators/course_texts.h"
#include "model/clock.h"

namespace fd::gen {

namespace {

using Row = std::vector<doc::Cell>;
using ColumnSpec = std::pair<const char*, doc::ColumnType>;   // message key suffix, type

doc::SheetColumn column(const i18n::Localizer& l10n, const std::string& key, doc::ColumnType type) {
    return doc::sheetColumn(l10n.msg("catalogue.column." + key), type);
}

doc::Cell text(std::string value) {
    if (value.empty()) return doc::CellEmpty{};
    return doc::CellText{std::move(value)};
}
doc::Cell date(const Date& d) {
    if (d.empty()) return doc::CellEmpty{};
    return doc::CellDate{d.year, d.month, d.day};
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const std::string& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += separator;
        out += p;
    }
    return out;
}

const char* modeKey(DeliveryMode mode) {
    switch (mode) {
    case DeliveryMode::Presential: return "mode.presential";
    case DeliveryMode::Distance: return "mode.distance";
    case DeliveryMode::Blended: return "mode.blended";
    case DeliveryMode::WorkBased: return "mode.work-based";
    }
    return "mode.presential";
}

const char* natureKey(ActionNature nature) {
    switch (nature) {
    case ActionNature::Training: return "nature.training";
    case ActionNature::SkillsAssessment: return "nature.skills-assessment";
    case ActionNature::Vae: return "nature.vae";
    case ActionNature::Apprenticeship: return "nature.apprenticeship";
    }
    return "nature.training";
}

// Lowest and highest price the course is sold at, on one basis (see the header).
struct PriceRange {
    Cents lowest = 0, highest = 0;
    PriceBasis basis = PriceBasis::PerPerson;
};

std::optional<PriceRange> priceRange(const Course& course, const Organisation& org) {
    const bool perPerson = std::any_of(course.prices.begin(), course.prices.end(),
                                       [](const Price& p) { return p.basis == PriceBasis::PerPerson; });
    std::optional<PriceRange> range;
    for (const Price& price : course.prices) {
        if (perPerson && price.basis != PriceBasis::PerPerson) continue;
        const Cents paid = priceAmounts(price, org).includingTax;
        if (!range) range = PriceRange{paid, paid, price.basis};
        range->lowest = std::min(range->lowest, paid);
        range->highest = std::max(range->highest, paid);
    }
    return range;
}

struct CourseSessions {
    int64_t upcoming = 0;
    Date nextStart;
};

std::map<std::string, CourseSessions> sessionsByCourse(const Workspace& ws, const Date& today) {
    std::map<std::string, CourseSessions> out;
    for (const Session& s : ws.sessions) {
        if (s.start < today) continue;
        CourseSessions& c = out[s.courseId];
        ++c.upcoming;
        if (c.nextStart.empty() || s.start < c.nextStart) c.nextStart = s.start;
    }
    return out;
}

// ---- Courses ------------------------------------------------------------------------------

doc::Sheet coursesSheet(const Workspace& ws, const i18n::Localizer& l10n, TextPicker& picker, const Date& today) {
    const Organisation& org = ws.organisation;
    const bool pt = org.jurisdiction == Jurisdiction::PT;
    using T = doc::ColumnType;
    doc::Sheet sheet;
    sheet.name = l10n.msg("catalogue.sheet.courses");
    sheet.columns = {column(l10n, "organisation", T::Text),
                     column(l10n, pt ? "nif" : "siret", T::Text),
                     column(l10n, pt ? "dgert" : "nda", T::Text),
                     column(l10n, "certification_type", T::Text),
                     column(l10n, "certification_code", T::Text),
                     column(l10n, "reference", T::Text),
                     column(l10n, "title", T::Text),
                     column(l10n, "domain", T::Text)};
    if (pt) sheet.columns.push_back(column(l10n, "cnaef", T::Text));
    const ColumnSpec offer[] = {{"hours", T::Hours},           {"price_min", T::Money},
                                {"price_max", T::Money},        {"price_tax", T::Text},
                                {"price_basis", T::Text},       {"delivery", T::Text},
                                {"nature", T::Text},            {"locations", T::Text},
                                {"upcoming_sessions", T::Integer}, {"next_session", T::Date},
                                {"access_deadline", T::Integer}, {"last_update", T::Date},
                                {"disability_email", T::Text},  {"website", T::Text}};
    for (const auto& [key, type] : offer) sheet.columns.push_back(column(l10n, key, type));

    const std::string taxWording = l10n.msg(chargesVat(org) ? "tax.included" : "tax.exempt");
    const std::map<std::string, CourseSessions> sessions = sessionsByCourse(ws, today);
    for (const DomainGroup& group : groupByDomain(ws.courses, l10n.fmt(), picker)) {
        for (const Course* course : group.courses) {
            Row row{text(org.legalName), text(pt ? org.nif : org.siret),
                    text(pt ? (org.dgert ? org.dgert->number : std::string()) : org.nda)};
            const auto& cert = course->certification;
            row.push_back(text(cert ? (cert->type == CertificationType::RS ? "RS" : "RNCP") : ""));
            row.push_back(text(cert ? cert->code : ""));
            row.push_back(text(course->id));
            row.push_back(text(courseTitle(picker, *course)));
            row.push_back(text(group.name));
            if (pt) row.push_back(text(course->cnaef));
            row.push_back(doc::CellHours{course->totalHours.hundredths});
            if (const std::optional<PriceRange> range = priceRange(*course, org)) {
                row.insert(row.end(), {doc::CellMoney{range->lowest}, doc::CellMoney{range->highest}, text(taxWording),
                                       text(l10n.msg(range->basis == PriceBasis::PerGroup ? "price.per_group"
                                                                                          : "price.per_person"))});
            } else {
                row.insert(row.end(), {doc::CellEmpty{}, doc::CellEmpty{}, doc::CellEmpty{}, doc::CellEmpty{}});
            }
            row.push_back(text(l10n.msg(modeKey(course->deliveryMode))));
            row.push_back(text(l10n.msg(natureKey(course->nature))));
            std::vector<std::string> places;
            for (size_t i = 0; i < course->locations.size(); ++i)
                places.push_back(pickCourseText(picker, *course, course->locations[i],
                                                "locations[" + std::to_string(i + 1) + "]", "locations"));
            row.push_back(text(join(places, "; ")));
            auto s = sessions.find(course->id);
            row.push_back(doc::CellInteger{s == sessions.end() ? 0 : s->second.upcoming});
            row.push_back(date(s == sessions.end() ? Date{} : s->second.nextStart));
            row.push_back(course->accessDeadlineDays > 0 ? doc::Cell{doc::CellInteger{course->accessDeadlineDays}}
                                                         : doc::Cell{doc::CellEmpty{}});
            row.push_back(date(course->lastUpdate));
            row.push_back(text(org.disabilityReferent.email));
            row.push_back(text(org.website));
            sheet.rows.push_back(std::move(row));
        }
    }
    return sheet;
}

// ---- Sessions -----------------------------------------------------------------------------

std::string statusKey(const Session& s, const Date& today) {
    if (today < s.start) return "catalogue.status.upcoming";
    if (!s.end.empty() && s.end < today) return "catalogue.status.ended";
    return "catalogue.status.in_progress";
}

doc::Sheet sessionsSheet(const Workspace& ws, const i18n::Localizer& l10n, TextPicker& picker, const Date& today) {
    using T = doc::ColumnType;
    doc::Sheet sheet;
    sheet.name = l10n.msg("catalogue.sheet.sessions");
    const ColumnSpec columns[] = {{"session", T::Text}, {"reference", T::Text}, {"title", T::Text},
                                  {"start", T::Date},   {"end", T::Date},       {"place", T::Text},
                                  {"trainers", T::Text}, {"delivery", T::Text}, {"enrolled", T::Integer},
                                  {"status", T::Text}};
    for (const auto& [key, type] : columns) sheet.columns.push_back(column(l10n, key, type));

    std::map<std::string, int64_t> enrolled;
    for (const Trainee& t : ws.trainees) ++enrolled[t.sessionId];
    std::vector<const Session*> sessions;
    for (const Session& s : ws.sessions) sessions.push_back(&s);
    std::stable_sort(sessions.begin(), sessions.end(), [](const Session* a, const Session* b) {
        return a->start != b->start ? a->start < b->start : a->id < b->id;
    });
    for (const Session* s : sessions) {
        const Course* course = ws.findCourse(s->courseId);
        const DeliveryMode mode = s->mode ? *s->mode : course ? course->deliveryMode : DeliveryMode::Presential;
        auto count = enrolled.find(s->id);
        sheet.rows.push_back({text(s->id), text(s->courseId), text(course ? courseTitle(picker, *course) : ""),
                              date(s->start), date(s->end), text(s->place), text(join(s->trainers, ", ")),
                              text(l10n.msg(modeKey(mode))),
                              doc::CellInteger{count == enrolled.end() ? 0 : count->second},
                              text(l10n.msg(statusKey(*s, today)))});
    }
    return sheet;
}

}  // namespace

doc::Workbook buildCatalogueWorkbook(const Workspace& workspace, const i18n::Localizer& l10n, Diagnostics& warnings) {
    const Date today = buildDate();
    TextPicker picker(l10n.lang(), workspace.organisation.mainLanguage(), warnings);
    doc::Workbook book;
    book.properties.title = l10n.msg("catalogue.title", {{"year", std::to_string(catalogueYear(today))}});
    book.properties.author = workspace.organisation.legalName;
    book.properties.company = workspace.organisation.legalName;
    book.properties.language = i18n::bcp47(l10n.lang());
    book.properties.created = buildTimeUnix();
    book.sheets.push_back(coursesSheet(workspace, l10n, picker, today));
    book.sheets.push_back(sessionsSheet(workspace, l10n, picker, today));
    return book;
}

}  // namespace fd::gen
