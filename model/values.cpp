#include "model/values.h"

#include <cstdio>
#include <limits>

namespace fd {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

int digitsValue(std::string_view text) {
    int value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    return value;
}

// "123", "123.4", "123,45" -> hundredths. The integer part is limited so that the result
// cannot overflow; more than two decimals is refused rather than rounded, because a
// silently rounded amount of money or hours would be a wrong document.
std::optional<int64_t> parseHundredths(std::string_view text) {
    constexpr size_t maxIntegerDigits = 15;
    size_t pos = 0;
    int64_t whole = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        whole = whole * 10 + (text[pos] - '0');
        ++pos;
    }
    if (pos == 0 || pos > maxIntegerDigits) return std::nullopt;
    int64_t fraction = 0;
    if (pos < text.size()) {
        if (text[pos] != '.' && text[pos] != ',') return std::nullopt;
        std::string_view decimals = text.substr(pos + 1);
        if (decimals.empty() || decimals.size() > 2) return std::nullopt;
        for (char c : decimals)
            if (!isDigit(c)) return std::nullopt;
        fraction = digitsValue(decimals) * (decimals.size() == 1 ? 10 : 1);
    }
    return whole * 100 + fraction;
}

}  // namespace

std::optional<Date> Date::parseIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(text[i])) return std::nullopt;
    Date d{digitsValue(text.substr(0, 4)), digitsValue(text.substr(5, 2)), digitsValue(text.substr(8, 2))};
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string Date::iso() const {
    if (empty()) return {};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, no tables.
int64_t Date::daysSinceEpoch() const {
    if (empty()) return std::numeric_limits<int64_t>::min();   // an unknown date sorts first
    const int64_t y = static_cast<int64_t>(year) - (month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yearOfEra = y - era * 400;
    const int64_t dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// The inverse, civil_from_days (same source).
Date Date::fromDaysSinceEpoch(int64_t days) {
    const int64_t z = days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t dayOfEra = z - era * 146097;
    const int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int64_t mp = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return Date{year, month, day};
}

Date Date::fromUnixSeconds(int64_t seconds) {
    int64_t days = seconds / 86400;
    if (seconds % 86400 < 0) --days;   // floor, so that instants before 1970 fall on the right day
    return fromDaysSinceEpoch(days);
}

std::optional<Cents> parseEuros(std::string_view text) { return parseHundredths(text); }

std::optional<Hours> Hours::parse(std::string_view text) {
    auto hundredths = parseHundredths(text);
    if (!hundredths) return std::nullopt;
    return Hours{*hundredths};
}

const std::string* LocalizedText::get(const std::string& lang, const std::string& fallbackLang,
                                      bool* usedFallback) const {
    if (usedFallback) *usedFallback = false;
    if (auto it = byLang.find(lang); it != byLang.end()) return &it->second;
    // A text without xml:lang is in the main language, which is what callers pass as fallback.
    auto unlabelled = byLang.find("");
    if (lang == fallbackLang && unlabelled != byLang.end()) return &unlabelled->second;
    if (byLang.empty()) return nullptr;
    if (usedFallback) *usedFallback = true;
    if (auto it = byLang.find(fallbackLang); it != byLang.end()) return &it->second;
    if (unlabelled != byLang.end()) return &unlabelled->second;
    return &byLang.begin()->second;
}

int SourceLoc::lineOf(const std::string& field) const {
    auto it = fieldLines.find(field);
    return it != fieldLines.end() ? it->second : line;
}

}  // namespace fd
