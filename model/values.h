// Value types shared by every layer: dates, money, hours, multilingual text.
// Plain data, no I/O, no ICU: formatting for people happens in i18n/.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fd {

// A calendar date (no time zone: the regulations speak of days).
struct Date {
    int year = 0, month = 0, day = 0;

    bool empty() const { return year == 0; }
    // Accepts exactly YYYY-MM-DD and checks the day exists in that month.
    static std::optional<Date> parseIso(std::string_view text);
    std::string iso() const;                  // "2026-03-09"
    int64_t daysSinceEpoch() const;           // 1970-01-01 is 0; for ordering and spans
    static Date fromDaysSinceEpoch(int64_t days);
    static Date fromUnixSeconds(int64_t seconds);
    friend bool operator==(const Date& a, const Date& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) { return a.daysSinceEpoch() < b.daysSinceEpoch(); }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
};

// Money in integer cents (never floating point).
using Cents = int64_t;
// Parses "1250", "1250.5", "1250.50" (euros, '.' or ',' decimal) into cents.
std::optional<Cents> parseEuros(std::string_view text);

// Hours with at most two decimals, stored in hundredths of an hour.
struct Hours {
    int64_t hundredths = 0;
    static std::optional<Hours> parse(std::string_view text);   // "35", "7.5", "7,25"
    double value() const { return static_cast<double>(hundredths) / 100.0; }
    friend bool operator==(Hours a, Hours b) { return a.hundredths == b.hundredths; }
    friend bool operator!=(Hours a, Hours b) { return a.hundredths != b.hundredths; }
    friend bool operator<(Hours a, Hours b) { return a.hundredths < b.hundredths; }
    friend Hours operator+(Hours a, Hours b) { return Hours{a.hundredths + b.hundredths}; }
};

// A text given in one or several languages (xml:lang). Keys are "fr", "pt", "en";
// the key "" holds a text with no xml:lang, which belongs to the organisation's main language.
struct LocalizedText {
    std::map<std::string, std::string> byLang;

    bool empty() const { return byLang.empty(); }
    bool has(const std::string& lang) const { return byLang.count(lang) != 0; }
    // The text in `lang`, else in `fallbackLang`, else any; nullptr when empty.
    // `usedFallback` tells the caller to warn that a translation is missing.
    const std::string* get(const std::string& lang, const std::string& fallbackLang,
                           bool* usedFallback = nullptr) const;
};

// Where a piece of data came from, for `file:line: field: message` diagnostics.
struct SourceLoc {
    std::string file;
    int line = 0;
    // Lines of individual fields ("siret", "objectives[2]"...) when they differ from `line`,
    // so that a diagnostic points at the offending element rather than its parent.
    std::map<std::string, int> fieldLines;
    int lineOf(const std::string& field) const;   // the field's line, else `line`
};

}  // namespace fd
