#include <gtest/gtest.h>

#include "model/values.h"

namespace fd {
namespace {

TEST(DateTest, ParsesStrictIsoDates) {
    const auto d = Date::parseIso("2026-03-09");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 2026);
    EXPECT_EQ(d->month, 3);
    EXPECT_EQ(d->day, 9);
    EXPECT_EQ(d->iso(), "2026-03-09");
}

TEST(DateTest, RefusesMalformedOrImpossibleDates) {
    for (const char* text : {"2026-3-09", "2026-03-9", "2026/03/09", "09-03-2026", "2026-03-09 ", " 2026-03-09",
                             "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29", "1900-02-29", "0000-01-01",
                             "2026-03-0a", ""})
        EXPECT_FALSE(Date::parseIso(text)) << text;
}

TEST(DateTest, KnowsLeapYears) {
    EXPECT_TRUE(Date::parseIso("2024-02-29"));
    EXPECT_TRUE(Date::parseIso("2000-02-29"));
    EXPECT_FALSE(Date::parseIso("2100-02-29"));
}

TEST(DateTest, CountsDaysSinceTheEpoch) {
    EXPECT_EQ((Date{1970, 1, 1}.daysSinceEpoch()), 0);
    EXPECT_EQ((Date{1970, 1, 2}.daysSinceEpoch()), 1);
    EXPECT_EQ((Date{1969, 12, 31}.daysSinceEpoch()), -1);
    EXPECT_EQ((Date{2000, 3, 1}.daysSinceEpoch()), 11017);
    EXPECT_EQ((Date{2026, 3, 9}.daysSinceEpoch()), 20521);
}

TEST(DateTest, DaysRoundTripAcrossCenturies) {
    const int64_t first = Date{1, 1, 1}.daysSinceEpoch(), last = Date{9999, 12, 31}.daysSinceEpoch();
    EXPECT_EQ(Date::fromDaysSinceEpoch(first).iso(), "0001-01-01");
    EXPECT_EQ(Date::fromDaysSinceEpoch(last).iso(), "9999-12-31");
    for (int64_t days = first; days <= last; days += 997) {
        const Date d = Date::fromDaysSinceEpoch(days);
        ASSERT_EQ(d.daysSinceEpoch(), days);
        ASSERT_TRUE(Date::parseIso(d.iso())) << d.iso();
    }
}

TEST(DateTest, ConvertsUnixSecondsFlooringToTheDay) {
    EXPECT_EQ(Date::fromUnixSeconds(0).iso(), "1970-01-01");
    EXPECT_EQ(Date::fromUnixSeconds(86399).iso(), "1970-01-01");
    EXPECT_EQ(Date::fromUnixSeconds(86400).iso(), "1970-01-02");
    EXPECT_EQ(Date::fromUnixSeconds(-1).iso(), "1969-12-31");
    EXPECT_EQ(Date::fromUnixSeconds(1773014400).iso(), "2026-03-09");   // 2026-03-09T00:00:00Z
    EXPECT_EQ(Date::fromUnixSeconds(951782400).iso(), "2000-02-29");
}

TEST(DateTest, OrdersDatesAndPutsTheEmptyDateFirst) {
    EXPECT_LT((Date{2026, 1, 31}), (Date{2026, 2, 1}));
    EXPECT_LE((Date{2026, 2, 1}), (Date{2026, 2, 1}));
    EXPECT_LT(Date{}, (Date{1, 1, 1}));
    EXPECT_EQ(Date{}.iso(), "");
}

TEST(MoneyTest, ParsesEurosIntoCents) {
    EXPECT_EQ(parseEuros("1250"), 125000);
    EXPECT_EQ(parseEuros("1250.5"), 125050);
    EXPECT_EQ(parseEuros("1250,50"), 125050);
    EXPECT_EQ(parseEuros("0.07"), 7);
    for (const char* bad : {"", "-5", "12.345", "12.", ".5", "1 250", "12a", "1e3", "1234567890123456"})
        EXPECT_FALSE(parseEuros(bad)) << bad;
}

TEST(HoursTest, ParsesUpToTwoDecimals) {
    EXPECT_EQ(Hours::parse("35")->hundredths, 3500);
    EXPECT_EQ(Hours::parse("7.5")->hundredths, 750);
    EXPECT_EQ(Hours::parse("7,25")->hundredths, 725);
    EXPECT_DOUBLE_EQ(Hours::parse("7,25")->value(), 7.25);
    for (const char* bad : {"", "7.125", "-1", "7h", "seven", "7..5"}) EXPECT_FALSE(Hours::parse(bad)) << bad;
    EXPECT_EQ(*Hours::parse("3.5") + *Hours::parse("3.5"), *Hours::parse("7"));
}

TEST(LocalizedTextTest, PrefersTheLanguageThenTheFallback) {
    LocalizedText text;
    text.byLang = {{"fr", "Bonjour"}, {"en", "Hello"}};
    bool fallback = true;
    EXPECT_EQ(*text.get("en", "fr", &fallback), "Hello");
    EXPECT_FALSE(fallback);
    EXPECT_EQ(*text.get("pt", "fr", &fallback), "Bonjour");
    EXPECT_TRUE(fallback);
}

TEST(LocalizedTextTest, AnUnlabelledTextIsTheMainLanguage) {
    LocalizedText text;
    text.byLang = {{"", "Bonjour"}, {"en", "Hello"}};
    bool fallback = true;
    EXPECT_EQ(*text.get("fr", "fr", &fallback), "Bonjour");
    EXPECT_FALSE(fallback);
    EXPECT_EQ(*text.get("pt", "fr", &fallback), "Bonjour");
    EXPECT_TRUE(fallback);
}

TEST(LocalizedTextTest, FallsBackToAnyTextAndReportsEmptiness) {
    LocalizedText text;
    EXPECT_EQ(text.get("fr", "fr"), nullptr);
    text.byLang = {{"pt", "Olá"}};
    bool fallback = false;
    EXPECT_EQ(*text.get("fr", "en", &fallback), "Olá");
    EXPECT_TRUE(fallback);
}

TEST(SourceLocTest, GivesTheFieldLineElseTheElementLine) {
    SourceLoc loc{"organisation.xml", 2, {{"siret", 14}}};
    EXPECT_EQ(loc.lineOf("siret"), 14);
    EXPECT_EQ(loc.lineOf("nda"), 2);
}

}  // namespace
}  // namespace fd
