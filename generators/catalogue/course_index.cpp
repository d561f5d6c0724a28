#include "generators/catalogue/course_index.h"

#include <algorithm>
#include <string>
#include <utility>

#include "generators/indicators/course_texts.h"
#include "generators/indicators/document_sections.h"

namespace fd::gen {

namespace {

doc::Inlines linked(std::string text, const std::string& anchor) {
    doc::Run run;
    run.text = std::move(text);
    run.link = '#' + anchor;
    return {std::move(run)};
}

doc::Inlines pageOf(const std::string& anchor) {
    doc::Run run;
    run.pageOf = anchor;
    run.link = '#' + anchor;
    return {std::move(run)};
}

doc::Column column(const std::string& header, double weight, doc::Align align) {
    doc::Column c;
    c.header = doc::plain(header);
    c.weight = weight;
    c.align = align;
    return c;
}

}  // namespace

doc::Table courseIndex(const std::vector<const Course*>& courses, const i18n::Localizer& l10n, TextPicker& picker) {
    std::vector<std::pair<std::string, const Course*>> byReference;
    byReference.reserve(courses.size());
    for (const Course* course : courses) byReference.emplace_back(l10n.fmt().sortKey(course->id), course);
    std::sort(byReference.begin(), byReference.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
    });

    doc::Table table;
    table.columns = {column(l10n.msg("catalogue.index.reference"), 2, doc::Align::Left),
                     column(l10n.msg("catalogue.index.title"), 7, doc::Align::Left),
                     column(l10n.msg("catalogue.index.page"), 1, doc::Align::Right)};
    for (const auto& [key, course] : byReference) {
        const std::string anchor = courseAnchor(*course);
        table.rows.push_back({linked(course->id, anchor), doc::plain(courseTitle(picker, *course)), pageOf(anchor)});
    }
    return table;
}

}  // namespace fd::gen
