#include "generators/catalogue/domain_groups.h"

#include <algorithm>
#include <map>
#include <utility>

#include "generators/indicators/course_texts.h"

namespace fd::gen {

std::vector<DomainGroup> groupByDomain(const std::vector<Course>& courses, const i18n::Formatter& fmt,
                                       TextPicker& picker) {
    struct Entry {
        std::string titleKey;
        const Course* course;
    };
    // Sort keys are computed once per text: comparing keys is far cheaper than collating pairs.
    std::map<std::string, std::pair<std::string, std::vector<Entry>>> byDomainKey;   // key -> (name, courses)
    std::vector<Entry> withoutDomain;
    for (const Course& course : courses) {
        Entry entry{fmt.sortKey(courseTitle(picker, course)), &course};
        const std::string domain = pickCourseText(picker, course, course.domain, "domain", "domain");
        if (domain.empty()) {
            withoutDomain.push_back(std::move(entry));
            continue;
        }
        auto& group = byDomainKey[fmt.sortKey(domain)];
        if (group.first.empty()) group.first = domain;
        group.second.push_back(std::move(entry));
    }

    const auto toGroup = [](std::string name, std::vector<Entry>& entries) {
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.titleKey != b.titleKey ? a.titleKey < b.titleKey : a.course->id < b.course->id;
        });
        DomainGroup group;
        group.name = std::move(name);
        for (const Entry& e : entries) group.courses.push_back(e.course);
        return group;
    };
    std::vector<DomainGroup> groups;
    for (auto& [key, group] : byDomainKey) groups.push_back(toGroup(group.first, group.second));
    if (!withoutDomain.empty()) groups.push_back(toGroup({}, withoutDomain));
    return groups;
}

}  // namespace fd::gen
