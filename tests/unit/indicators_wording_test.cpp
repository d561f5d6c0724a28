// How periods and rates read in each language (locales/*/indicators.xlf).
#include <string>

#include <gtest/gtest.h>

#include "generators/indicators/wording.h"

namespace fd::gen {
namespace {

const std::string kLocales = std::string(FORMADOC_SOURCE_DIR) + "/locales";

TEST(IndicatorsWording, Periods) {
    const i18n::Localizer fr(kLocales, "fr"), pt(kLocales, "pt"), en(kLocales, "en");
    EXPECT_EQ(periodText(Period::calendarYear(2025), fr), "Année 2025");   // no digit grouping
    EXPECT_EQ(periodText(Period::calendarYear(2025), pt), "Ano 2025");
    const Period span = Period::between({2025, 3, 1}, {2026, 2, 28});
    EXPECT_EQ(periodText(span, fr), "Du 1er mars 2025 au 28 février 2026");
    EXPECT_EQ(periodText(span, pt), "De 1 de março de 2025 a 28 de fevereiro de 2026");
    EXPECT_EQ(periodText(span, en), "From 1 March 2025 to 28 February 2026");
}

TEST(IndicatorsWording, ARateReadsAsAPercentageOnlyWhenSignificant) {
    const i18n::Localizer fr(kLocales, "fr"), pt(kLocales, "pt");
    const Rate significant = Rate::of(7, 8, 5), small = Rate::of(3, 3, 5), none = Rate::of(0, 0, 5);
    EXPECT_EQ(rateReading(significant, fr), "88\u00A0%");
    EXPECT_EQ(rateReading(small, fr), "non significatif (n\u00A0=\u00A03)");
    EXPECT_EQ(rateReading(none, fr), "aucune donnée");
    EXPECT_EQ(rateReading(small, pt), "não significativa (n\u00A0=\u00A03)");
    EXPECT_EQ(significanceText(significant, fr), "significatif (n\u00A0=\u00A08)");
    EXPECT_EQ(chartLabel(significant, pt), "88% (n\u00A0=\u00A08)");   // ICU: no space in pt_PT
    EXPECT_EQ(shortChartLabel(small, pt), "n.s.");
    EXPECT_EQ(shortChartLabel(none, pt), "n\u00A0=\u00A00");
}

TEST(IndicatorsWording, FractionsFollowPluralRules) {
    const i18n::Localizer fr(kLocales, "fr"), pt(kLocales, "pt"), en(kLocales, "en");
    EXPECT_EQ(rateFraction(RateKind::Success, Rate::of(1, 1, 5), fr), "1 a atteint les objectifs sur 1 stagiaire évalué");
    EXPECT_EQ(rateFraction(RateKind::Success, Rate::of(0, 2, 5), pt), "0 atingiram os objetivos em 2 formandos avaliados");
    EXPECT_EQ(rateFraction(RateKind::Response, Rate::of(1, 1, 5), en), "1 respondent out of 1 trainee who finished");
    EXPECT_EQ(rateBase(RateKind::Certification, en), "candidates presented");
}

TEST(IndicatorsWording, PercentAxisSuffixFollowsTheLanguage) {
    EXPECT_EQ(percentAxisSuffix(i18n::Localizer(kLocales, "fr")), "\u00A0%");
    EXPECT_EQ(percentAxisSuffix(i18n::Localizer(kLocales, "pt")), "%");
    EXPECT_EQ(percentAxisSuffix(i18n::Localizer(kLocales, "en")), "%");
}

}  // namespace
}  // namespace fd::gen
