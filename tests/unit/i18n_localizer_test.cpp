// Localizer over the real catalogues in locales/: plural hours and common messages.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "i18n/i18n.h"

namespace fd::i18n {
namespace {

const std::string kLocales = std::string(FORMADOC_SOURCE_DIR) + "/locales";

struct HoursCase {
    int64_t hundredths;
    std::string fr, pt, en;
};

TEST(I18nLocalizer, HoursFollowEachLanguagesPluralRules) {
    // French singular covers 0 and 1.5; European Portuguese (unlike Brazilian) does not.
    const std::vector<HoursCase> cases = {
        {0, "0 heure", "0 horas", "0 hours"},
        {100, "1 heure", "1 hora", "1 hour"},
        {150, "1,5 heure", "1,5 horas", "1.5 hours"},
        {200, "2 heures", "2 horas", "2 hours"},
        {725, "7,25 heures", "7,25 horas", "7.25 hours"},
        {100000000, "1\u202F000\u202F000 heures", "1\u00A0000\u00A0000 horas", "1,000,000 hours"},
    };
    const Localizer fr(kLocales, "fr"), pt(kLocales, "pt"), en(kLocales, "en");
    for (const HoursCase& c : cases) {
        EXPECT_EQ(fr.hours(Hours{c.hundredths}), c.fr);
        EXPECT_EQ(pt.hours(Hours{c.hundredths}), c.pt);
        EXPECT_EQ(en.hours(Hours{c.hundredths}), c.en);
    }
}

TEST(I18nLocalizer, AbbreviatedHoursKeepTheUnitOnTheLine) {
    EXPECT_EQ(Localizer(kLocales, "fr").hoursAbbreviated(Hours{750}), "7,5\u00A0h");
    EXPECT_EQ(Localizer(kLocales, "pt").hoursAbbreviated(Hours{2500}), "25\u00A0h");
    EXPECT_EQ(Localizer(kLocales, "en").hoursAbbreviated(Hours{1400}), "14\u00A0h");
}

TEST(I18nLocalizer, CommonMessages) {
    const Localizer fr(kLocales, "fr"), pt(kLocales, "pt"), en(kLocales, "en");
    EXPECT_EQ(fr.lang(), "fr");
    EXPECT_EQ(fr.fmt().lang(), "fr");
    EXPECT_EQ(fr.messages().lang(), "fr");

    const Args pages = {{"page", int64_t{3}}, {"pages", int64_t{12}}};
    EXPECT_EQ(fr.msg("doc.page_of", pages), "Page 3 sur 12");
    EXPECT_EQ(pt.msg("doc.page_of", pages), "Página 3 de 12");
    EXPECT_EQ(en.msg("doc.page_of", pages), "Page 3 of 12");

    const Date d{2026, 11, 21};
    EXPECT_EQ(fr.msg("doc.last_update", {{"date", fr.fmt().date(d)}}), "Dernière mise à jour\u202F: 21 novembre 2026");
    EXPECT_EQ(pt.msg("doc.version_of", {{"version", std::string("4")}, {"date", pt.fmt().date(d)}}),
              "Versão 4 de 21 de novembro de 2026");
    EXPECT_EQ(en.msg("doc.translation.fr_prevails"), "Translation – the French version prevails");
    EXPECT_EQ(fr.msg("nature.vae"), "Action permettant de faire valider les acquis de l’expérience");
    EXPECT_EQ(pt.msg("fmt.days", {{"n", int64_t{1}}}), "1 dia");
    EXPECT_EQ(fr.msg("fmt.days", {{"n", int64_t{2}}}), "2 jours");
}

TEST(I18nLocalizer, UnsupportedLanguageIsRefused) {
    EXPECT_THROW(Localizer(kLocales, "es"), I18nError);
}

}  // namespace
}  // namespace fd::i18n
