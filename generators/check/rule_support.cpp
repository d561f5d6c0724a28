#include "generators/check/rule_support.h"

#include <algorithm>
#include <cctype>

namespace fd::check {

namespace {

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

bool leapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

bool hasTextIn(const LocalizedText& text, const std::string& lang, const std::string& mainLanguage) {
    for (const auto& [key, value] : text.byLang) {
        const bool sameLanguage = key == lang || (key.empty() && lang == mainLanguage);
        if (sameLanguage && !blank(value)) return true;
    }
    return false;
}

Date oneYearBefore(const Date& day) {
    Date earlier{day.year - 1, day.month, day.day};
    if (earlier.month == 2 && earlier.day == 29 && !leapYear(earlier.year)) earlier.day = 28;
    return earlier;
}

TextGap textGap(const LocalizedText& text, const std::string& mainLanguage) {
    if (hasTextIn(text, mainLanguage, mainLanguage)) return {};
    const bool anyText = std::any_of(text.byLang.begin(), text.byLang.end(),
                                     [](const auto& entry) { return !blank(entry.second); });
    if (!anyText) return {"check.detail.missing", {}};
    return {"check.detail.missing_in_language", {{"lang", MessageRef{"lang." + mainLanguage}}}};
}

void requireCourseText(Recorder& recorder, const std::string& id, const Course& course, const LocalizedText& text,
                       const std::string& locKey) {
    TextGap gap = textGap(text, recorder.organisation().mainLanguage());
    if (gap.detailKey.empty()) recorder.ok(id, &course, recorder.courseField(course, locKey));
    else recorder.finding(id, &course, Status::Missing, gap.detailKey, gap.args, recorder.courseField(course, locKey));
}

void requireCourseList(Recorder& recorder, const std::string& id, const Course& course,
                       const std::vector<LocalizedText>& items, const std::string& locKey) {
    if (items.empty()) {
        recorder.finding(id, &course, Status::Missing, "check.detail.missing", {},
                         recorder.courseField(course, locKey));
        return;
    }
    bool allPresent = true;
    for (size_t i = 0; i < items.size(); ++i) {
        const TextGap gap = textGap(items[i], recorder.organisation().mainLanguage());
        if (gap.detailKey.empty()) continue;
        allPresent = false;
        recorder.finding(id, &course, Status::Missing, gap.detailKey, gap.args,
                         recorder.courseField(course, locKey + "[" + std::to_string(i + 1) + "]"));
    }
    if (allPresent) recorder.ok(id, &course, recorder.courseField(course, locKey));
}

void requireOrganisationText(Recorder& recorder, const std::string& id, const LocalizedText& text,
                             const std::string& locKey) {
    const TextGap gap = textGap(text, recorder.organisation().mainLanguage());
    Evidence evidence = recorder.organisationField(locKey, locKey);
    if (gap.detailKey.empty()) recorder.ok(id, nullptr, std::move(evidence));
    else recorder.finding(id, nullptr, Status::Missing, gap.detailKey, gap.args, std::move(evidence));
}

}  // namespace fd::check
