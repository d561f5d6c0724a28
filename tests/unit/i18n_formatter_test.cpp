// Formatter: exact ICU 72 output for fr_FR, pt_PT and en_GB, non-breaking spaces spelled out
// (U+202F narrow no-break space, U+00A0 no-break space).
#include <cstdint>
#include <limits>
#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/timezone.h>

#include "i18n/i18n.h"
#include "i18n_test_support.h"

namespace fd::i18n {
namespace {

using testing::i18nErrorOf;

TEST(I18nLanguages, MapToFullLocales) {
    EXPECT_EQ(icuLocaleId("fr"), "fr_FR");
    EXPECT_EQ(icuLocaleId("pt"), "pt_PT");
    EXPECT_EQ(icuLocaleId("en"), "en_GB");
    EXPECT_EQ(bcp47("pt"), "pt-PT");
    EXPECT_EQ(supportedLanguages(), (std::vector<std::string>{"fr", "pt", "en"}));
    EXPECT_TRUE(isSupportedLanguage("en"));
    EXPECT_FALSE(isSupportedLanguage("es"));
    EXPECT_FALSE(isSupportedLanguage("pt_BR"));
    EXPECT_NE(i18nErrorOf([] { icuLocaleId("de"); }).find("\"de\""), std::string::npos);
    EXPECT_THROW(Formatter("es"), I18nError);
}

TEST(I18nFormatterMoney, FrenchGroupsWithNarrowNoBreakSpace) {
    const Formatter fr("fr");
    EXPECT_EQ(fr.money(125050), "1\u202F250,50\u00A0€");
    EXPECT_EQ(fr.money(129000), "1\u202F290,00\u00A0€");
    EXPECT_EQ(fr.money(123456789), "1\u202F234\u202F567,89\u00A0€");
    EXPECT_EQ(fr.money(0), "0,00\u00A0€");
    EXPECT_EQ(fr.money(5), "0,05\u00A0€");
    EXPECT_EQ(fr.money(-125050), "-1\u202F250,50\u00A0€");
}

TEST(I18nFormatterMoney, PortugueseGroupsFromTenThousand) {
    const Formatter pt("pt");
    EXPECT_EQ(pt.money(125050), "1250,50\u00A0€");
    EXPECT_EQ(pt.money(1250050), "12\u00A0500,50\u00A0€");
    EXPECT_EQ(pt.money(99), "0,99\u00A0€");
}

TEST(I18nFormatterMoney, BritishPutsTheSymbolFirst) {
    const Formatter en("en");
    EXPECT_EQ(en.money(125050), "€1,250.50");
    EXPECT_EQ(en.money(100), "€1.00");
    EXPECT_EQ(en.money(-125050), "-€1,250.50");
}

TEST(I18nFormatterMoney, ExactAtTheLimitsOfInt64) {
    // A double has 53 bits of mantissa: these amounts prove the decimal is built from integers.
    const Formatter fr("fr");
    EXPECT_EQ(fr.money(std::numeric_limits<int64_t>::max()),
              "92\u202F233\u202F720\u202F368\u202F547\u202F758,07\u00A0€");
    EXPECT_EQ(fr.money(std::numeric_limits<int64_t>::min()),
              "-92\u202F233\u202F720\u202F368\u202F547\u202F758,08\u00A0€");
}

TEST(I18nFormatterDate, LongStyle) {
    const Date d{2026, 11, 21};
    EXPECT_EQ(Formatter("fr").date(d), "21 novembre 2026");
    EXPECT_EQ(Formatter("pt").date(d), "21 de novembro de 2026");
    EXPECT_EQ(Formatter("en").date(d), "21 November 2026");
    EXPECT_EQ(Formatter("fr").date(Date{2026, 3, 1}, DateStyle::Long), "1er mars 2026");
    EXPECT_EQ(Formatter("pt").date(Date{2026, 3, 9}, DateStyle::Long), "9 de março de 2026");
}

TEST(I18nFormatterDate, ShortStyleIsDayMonthFourDigitYear) {
    for (const std::string lang : {"fr", "pt", "en"}) {
        const Formatter f(lang);
        EXPECT_EQ(f.date(Date{2026, 11, 21}, DateStyle::Short), "21/11/2026") << lang;
        EXPECT_EQ(f.date(Date{2026, 3, 9}, DateStyle::Short), "09/03/2026") << lang;
        EXPECT_EQ(f.date(Date{1999, 12, 31}, DateStyle::Short), "31/12/1999") << lang;
    }
}

TEST(I18nFormatterDate, HostTimeZoneDoesNotShiftTheDay) {
    std::unique_ptr<icu::TimeZone> saved(icu::TimeZone::createDefault());
    for (const char* zone : {"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {  // UTC+14, UTC-11
        icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone(zone));
        const Formatter fr("fr");
        EXPECT_EQ(fr.date(Date{2026, 1, 1}, DateStyle::Short), "01/01/2026") << zone;
        EXPECT_EQ(fr.date(Date{2026, 1, 1}, DateStyle::Long), "1er janvier 2026") << zone;
    }
    icu::TimeZone::setDefault(*saved);
}

TEST(I18nFormatterDate, EmptyDateIsRefused) {
    EXPECT_THROW(Formatter("en").date(Date{}), I18nError);
}

TEST(I18nFormatterNumber, DecimalsAndGrouping) {
    EXPECT_EQ(Formatter("fr").number(1234.5678), "1\u202F234,57");
    EXPECT_EQ(Formatter("pt").number(1234.5), "1234,5");
    EXPECT_EQ(Formatter("pt").number(12345.5), "12\u00A0345,5");
    EXPECT_EQ(Formatter("en").number(1234.5678, 3), "1,234.568");
    EXPECT_EQ(Formatter("en").number(2.0), "2");
}

TEST(I18nFormatterNumber, RoundsHalfUp) {
    // 0.125 and 2.5 are exact in binary; ICU's default (half even) would give 0.12 and 2.
    EXPECT_EQ(Formatter("en").number(0.125, 2), "0.13");
    EXPECT_EQ(Formatter("en").number(2.5, 0), "3");
    EXPECT_EQ(Formatter("en").percent(0.125), "13%");
}

TEST(I18nFormatterNumber, FractionDigitsOutOfRangeAreRefused) {
    const Formatter en("en");
    EXPECT_THROW(en.number(1.0, -1), I18nError);
    EXPECT_THROW(en.number(1.0, Formatter::kMaxFractionDigits + 1), I18nError);
    EXPECT_THROW(en.percent(0.5, Formatter::kMaxFractionDigits + 1), I18nError);
    EXPECT_EQ(en.number(0.1234567, Formatter::kMaxFractionDigits), "0.123457");
}

TEST(I18nFormatterNumber, Integers) {
    EXPECT_EQ(Formatter("fr").integer(1234567), "1\u202F234\u202F567");
    EXPECT_EQ(Formatter("pt").integer(1234567), "1\u00A0234\u00A0567");
    EXPECT_EQ(Formatter("pt").integer(1234), "1234");
    EXPECT_EQ(Formatter("en").integer(-1234567), "-1,234,567");
}

TEST(I18nFormatterNumber, Percent) {
    EXPECT_EQ(Formatter("fr").percent(0.875), "88\u00A0%");
    EXPECT_EQ(Formatter("pt").percent(0.875), "88%");
    EXPECT_EQ(Formatter("en").percent(0.875), "88%");
    EXPECT_EQ(Formatter("fr").percent(0.8754, 1), "87,5\u00A0%");
    EXPECT_EQ(Formatter("en").percent(1.0), "100%");
    EXPECT_EQ(Formatter("pt").percent(0.0), "0%");
}

TEST(I18nFormatterNumber, HoursWithAtMostTwoDecimals) {
    EXPECT_EQ(Formatter("fr").hoursNumber(Hours{750}), "7,5");
    EXPECT_EQ(Formatter("pt").hoursNumber(Hours{750}), "7,5");
    EXPECT_EQ(Formatter("en").hoursNumber(Hours{750}), "7.5");
    EXPECT_EQ(Formatter("fr").hoursNumber(Hours{3500}), "35");
    EXPECT_EQ(Formatter("fr").hoursNumber(Hours{725}), "7,25");
    EXPECT_EQ(Formatter("en").hoursNumber(Hours{5}), "0.05");
    EXPECT_EQ(Formatter("fr").hoursNumber(Hours{100000}), "1\u202F000");
    EXPECT_EQ(Formatter("pt").hoursNumber(Hours{100000}), "1000");
    EXPECT_EQ(Formatter("en").hoursNumber(Hours{100000}), "1,000");
}

TEST(I18nFormatter, CopiesShareTheSameBehaviour) {
    const Formatter original("fr");
    Formatter copy = original;
    EXPECT_EQ(copy.lang(), "fr");
    EXPECT_EQ(copy.money(125050), original.money(125050));
    copy = Formatter("en");
    EXPECT_EQ(copy.money(125050), "€1,250.50");
    EXPECT_EQ(original.money(125050), "1\u202F250,50\u00A0€");
}

TEST(I18nFormatter, OneInstanceServesSeveralThreads) {
    const Formatter fr("fr");
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 300; ++i) {
                if (fr.money(125050) != "1\u202F250,50\u00A0€") ++mismatches;
                if (fr.date(Date{2026, 11, 21}) != "21 novembre 2026") ++mismatches;
                if (fr.date(Date{2026, 11, 21}, DateStyle::Short) != "21/11/2026") ++mismatches;
                if (fr.percent(0.875) != "88\u00A0%") ++mismatches;
                if (fr.hoursNumber(Hours{750}) != "7,5") ++mismatches;
                if (fr.compare("côte", "coté") <= 0) ++mismatches;
                if (fr.sortKey("côte") <= fr.sortKey("coté")) ++mismatches;
            }
        });
    }
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace fd::i18n
