// The catalogue's order (FR-CAT-01 entries grouped by domain): domains and titles sorted with the
// collation of the output language, courses without a domain last; the index by reference.
#include <gtest/gtest.h>

#include "generators/catalogue/course_index.h"
#include "generators/catalogue/domain_groups.h"
#include "programme_test_support.h"

namespace fd::gen {
namespace {

using programme_testing::localizer;
using programme_testing::plain;

Course course(const std::string& id, const std::string& title, const std::string& domain) {
    Course c;
    c.id = id;
    c.title.byLang = {{"fr", title}};
    if (!domain.empty()) c.domain.byLang = {{"fr", domain}};
    return c;
}

std::vector<std::string> ids(const DomainGroup& group) {
    std::vector<std::string> out;
    for (const Course* c : group.courses) out.push_back(c->id);
    return out;
}

TEST(CatalogueOrder, DomainsAndTitlesSortWithTheFrenchCollation) {
    // Byte order would put "Énergie" and "Œnologie" after "Zinguerie", and "économie" after all.
    const std::vector<Course> courses = {
        course("C1", "Zinguerie de base", "Zinguerie"),       course("C2", "Éclairage public", "Énergie"),
        course("C3", "Audit énergétique", "Énergie"),          course("C4", "Vins du Val de Loire", "Œnologie"),
        course("C5", "Économie circulaire", "économie"),       course("C6", "Ébénisterie", "Zinguerie"),
        course("C7", "Accueil du public", ""),                 course("C8", "Écologie urbaine", "Énergie"),
    };
    Diagnostics warnings;
    TextPicker picker("fr", "fr", warnings);
    const std::vector<DomainGroup> groups = groupByDomain(courses, localizer("fr").fmt(), picker);
    ASSERT_EQ(groups.size(), 5u);
    EXPECT_EQ(groups[0].name, "économie");
    EXPECT_EQ(groups[1].name, "Énergie");
    EXPECT_EQ(groups[2].name, "Œnologie");
    EXPECT_EQ(groups[3].name, "Zinguerie");
    EXPECT_EQ(groups[4].name, "") << "courses without a domain come last";
    EXPECT_EQ(ids(groups[1]), (std::vector<std::string>{"C3", "C2", "C8"}));   // Audit, Éclairage, Écologie
    EXPECT_EQ(ids(groups[3]), (std::vector<std::string>{"C6", "C1"}));         // Ébénisterie, Zinguerie
    EXPECT_EQ(ids(groups[4]), (std::vector<std::string>{"C7"}));
    EXPECT_TRUE(warnings.items().empty());
}

TEST(CatalogueOrder, EqualTitlesKeepAStableOrderByReference) {
    const std::vector<Course> courses = {course("B-2", "Sauveteur secouriste", "Sécurité"),
                                         course("A-9", "Sauveteur secouriste", "Sécurité"),
                                         course("A-10", "Sauveteur secouriste", "Sécurité")};
    Diagnostics warnings;
    TextPicker picker("fr", "fr", warnings);
    const auto groups = groupByDomain(courses, localizer("fr").fmt(), picker);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(ids(groups[0]), (std::vector<std::string>{"A-10", "A-9", "B-2"}));
}

TEST(CatalogueOrder, MissingTranslationsFallBackWithAWarning) {
    const std::vector<Course> courses = {course("C1", "Gestes et postures", "Santé")};
    Diagnostics warnings;
    TextPicker picker("en", "fr", warnings);
    const auto groups = groupByDomain(courses, localizer("en").fmt(), picker);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].name, "Santé");
    EXPECT_EQ(warnings.items().size(), 2u);   // title and domain
}

TEST(CatalogueOrder, IndexIsByReferenceWithPageNumbersToFillIn) {
    const std::vector<Course> courses = {course("PRV-10", "Prévention", "Santé"), course("ACC-2", "Accueil", "Accueil"),
                                         course("ÉCO-1", "Éco-conduite", "Transport")};
    std::vector<const Course*> listed;
    for (const Course& c : courses) listed.push_back(&c);
    Diagnostics warnings;
    TextPicker picker("fr", "fr", warnings);
    const doc::Table index = courseIndex(listed, localizer("fr"), picker);
    ASSERT_EQ(index.columns.size(), 3u);
    EXPECT_EQ(index.columns[2].align, doc::Align::Right);
    ASSERT_EQ(index.rows.size(), 3u);
    EXPECT_EQ(plain(index.rows[0][0]), "ACC-2");
    EXPECT_EQ(plain(index.rows[1][0]), "ÉCO-1");
    EXPECT_EQ(plain(index.rows[2][0]), "PRV-10");
    EXPECT_EQ(plain(index.rows[1][1]), "Éco-conduite");
    EXPECT_EQ(index.rows[1][0][0].link, "#course-ÉCO-1");
    ASSERT_EQ(index.rows[1][2].size(), 1u);
    EXPECT_EQ(index.rows[1][2][0].pageOf, "course-ÉCO-1");
    EXPECT_EQ(index.rows[1][2][0].link, "#course-ÉCO-1");
}

}  // namespace
}  // namespace fd::gen
