// FR-CAT-02: the catalogue's edition date and validity period.
#include <gtest/gtest.h>

#include "generators/catalogue/catalogue_template.h"

namespace fd::gen {
namespace {

Date day(const char* iso) { return *Date::parseIso(iso); }

TEST(CatalogueEdition, FrCat02UntilSeptemberTheCatalogueIsForTheCurrentYear) {
    for (const char* today : {"2026-01-01", "2026-06-15", "2026-09-30"}) {
        const CatalogueFacts facts = catalogueFacts(day(today), 12, 3);
        EXPECT_EQ(facts.year, "2026") << today;
        EXPECT_EQ(facts.edition, day(today));
        EXPECT_EQ(facts.validUntil, day("2026-12-31")) << today;
    }
}

TEST(CatalogueEdition, FrCat02FromOctoberItIsForTheNextYear) {
    for (const char* today : {"2026-10-01", "2026-11-21", "2026-12-31"}) {
        const CatalogueFacts facts = catalogueFacts(day(today), 12, 3);
        EXPECT_EQ(facts.year, "2027") << today;
        EXPECT_EQ(facts.validUntil, day("2027-12-31")) << today;
    }
}

TEST(CatalogueEdition, FrCat02ValidityIsNeverShorterThanThreeMonths) {
    for (Date d = day("2026-01-01"); d <= day("2027-12-31"); d = Date::fromDaysSinceEpoch(d.daysSinceEpoch() + 1)) {
        const int64_t days = catalogueFacts(d, 1, 1).validUntil.daysSinceEpoch() - d.daysSinceEpoch();
        ASSERT_GE(days, 91) << d.iso();
        ASSERT_LE(days, 457) << d.iso();
    }
}

TEST(CatalogueEdition, CountsAreCarried) {
    const CatalogueFacts facts = catalogueFacts(day("2026-03-02"), 1000, 12);
    EXPECT_EQ(facts.courses, 1000);
    EXPECT_EQ(facts.domains, 12);
}

}  // namespace
}  // namespace fd::gen
