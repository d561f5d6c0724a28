// The catalogue document (generators/catalogue/catalogue_document.h) built from the sample
// workspaces and the shipped templates: FR-CAT-01 (every course's programme, grouped by domain,
// with its TOC entry, bookmark and index row), FR-CAT-02 (edition and validity), and where the
// generated parts go.
#include <algorithm>
#include <set>

#include "catalogue_test_support.h"
#include "generators/catalogue/course_entry.h"
#include "generators/indicators/course_texts.h"

namespace fd::gen {
namespace {

using namespace catalogue_testing;

struct Case {
    const char* sample;
    const char* lang;
};
const Case kCases[] = {{"fr-organisme", "fr"}, {"fr-organisme", "en"}, {"fr-organisme", "pt"},
                       {"pt-entidade", "pt"},  {"pt-entidade", "en"},  {"pt-entidade", "fr"}};

std::string anchorOf(const Course& c) { return "course-" + c.id; }

size_t indexOf(const std::vector<const doc::Heading*>& all, const std::string& anchor) {
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i]->anchor == anchor) return i;
    return all.size();
}

TEST(CatalogueDocument, FrCat01EveryCourseIsOneTocEntryAndBookmarkFollowedByItsProgramme) {
    PinnedBuildDate pinned(kBuildDay);
    for (const Case& c : kCases) {
        SCOPED_TRACE(std::string(c.sample) + " " + c.lang);
        const Workspace ws = sample(c.sample);
        Diagnostics warnings;
        const doc::Document d = catalogueOf(ws, c.lang, warnings);
        const auto all = headings(d.blocks);
        for (const Course& course : ws.courses) {
            const auto count = std::count_if(all.begin(), all.end(),
                                             [&](const doc::Heading* h) { return h->anchor == anchorOf(course); });
            ASSERT_EQ(count, 1) << course.id;
            const size_t at = indexOf(all, anchorOf(course));
            EXPECT_EQ(all[at]->level, 2);
            EXPECT_TRUE(all[at]->tocEntry);
            EXPECT_TRUE(all[at]->bookmark);
            // The programme's own headings: one level down, out of the TOC and the outline, and
            // without the anchors every programme repeats.
            size_t sections = 0;
            for (size_t k = at + 1; k < all.size() && all[k]->level > 2; ++k, ++sections) {
                EXPECT_FALSE(all[k]->tocEntry) << plain(all[k]->text);
                EXPECT_FALSE(all[k]->bookmark) << plain(all[k]->text);
                EXPECT_TRUE(all[k]->anchor.empty()) << plain(all[k]->text);
            }
            EXPECT_GE(sections, 6u) << course.id << ": the programme's sections are missing";
        }
    }
}

TEST(CatalogueDocument, FrCat01SectionsPrintedOnceCarryNoneOfFrProg03To13) {
    const Workspace ws = sample("fr-organisme");
    const tmpl::Template programme = shippedTemplates(ws, "fr").programme;
    std::set<std::string> keptIds;
    for (const tmpl::SectionInfo& section : programme.sections()) {
        const bool once = sectionsPrintedOnce().count(section.id) != 0;
        for (const std::string& id : section.requirements) {
            if (!once) keptIds.insert(id);
            for (int n = 3; n <= 13; ++n) {
                const std::string item = "FR-PROG-" + std::string(n < 10 ? "0" : "") + std::to_string(n);
                EXPECT_FALSE(once && id == item) << section.id << " holds " << item << " but is left out of entries";
            }
        }
    }
    for (int n = 3; n <= 13; ++n) {
        const std::string item = "FR-PROG-" + std::string(n < 10 ? "0" : "") + std::to_string(n);
        EXPECT_TRUE(keptIds.count(item)) << item << " is in no section of a catalogue entry";
    }
}

TEST(CatalogueDocument, DomainsAndTheirCoursesFollowTheLanguagesCollation) {
    PinnedBuildDate pinned(kBuildDay);
    for (const Case& c : kCases) {
        SCOPED_TRACE(std::string(c.sample) + " " + c.lang);
        const Workspace ws = sample(c.sample);
        const i18n::Localizer& l10n = localizer(c.lang);
        Diagnostics warnings, ignored;
        const doc::Document d = catalogueOf(ws, c.lang, warnings);
        TextPicker picker(c.lang, ws.organisation.mainLanguage(), ignored);

        // Domain headings are the level-1 headings whose next heading is a course's.
        const auto all = headings(d.blocks);
        std::vector<std::string> domains;
        std::vector<std::string> titlesInDomain;
        std::string currentDomain;
        size_t coursesSeen = 0;
        for (size_t k = 0; k < all.size(); ++k) {
            if (all[k]->level == 1) {
                const bool opensDomain = k + 1 < all.size() && all[k + 1]->anchor.rfind("course-", 0) == 0;
                currentDomain = opensDomain ? plain(all[k]->text) : std::string();
                if (opensDomain) domains.push_back(currentDomain);
                titlesInDomain.clear();
            } else if (all[k]->anchor.rfind("course-", 0) == 0) {
                const Course* course = ws.findCourse(all[k]->anchor.substr(7));
                ASSERT_NE(course, nullptr);
                ++coursesSeen;
                EXPECT_EQ(pickCourseText(picker, *course, course->domain, "domain", "domain"), currentDomain);
                const std::string title = plain(all[k]->text);
                if (!titlesInDomain.empty()) {
                    EXPECT_LE(l10n.fmt().compare(titlesInDomain.back(), title), 0) << title;
                }
                titlesInDomain.push_back(title);
            }
        }
        EXPECT_EQ(coursesSeen, ws.courses.size());
        for (size_t k = 1; k < domains.size(); ++k)
            EXPECT_LT(l10n.fmt().compare(domains[k - 1], domains[k]), 0) << domains[k - 1] << " / " << domains[k];
    }
}

TEST(CatalogueDocument, GeneratedPartsFollowTheirTemplateSections) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("fr-organisme");
    Diagnostics warnings;
    const doc::Document d = catalogueOf(ws, "fr", warnings);
    const auto all = headings(d.blocks);
    const size_t courses = indexOf(all, "courses"), results = indexOf(all, "results"),
                 organisationFigures = indexOf(all, "all-courses"), accessibility = indexOf(all, "accessibility"),
                 index = indexOf(all, "index");
    ASSERT_LT(index, all.size());
    size_t firstCourse = all.size(), lastCourse = 0;
    for (const Course& course : ws.courses) {
        firstCourse = std::min(firstCourse, indexOf(all, anchorOf(course)));
        lastCourse = std::max(lastCourse, indexOf(all, anchorOf(course)));
    }
    EXPECT_LT(courses, firstCourse);
    EXPECT_LT(lastCourse, results);
    EXPECT_LT(results, organisationFigures);
    EXPECT_LT(organisationFigures, accessibility);
    EXPECT_LT(accessibility, index);
    EXPECT_TRUE(std::holds_alternative<doc::Table>(d.blocks.back())) << "the index closes the catalogue";
    EXPECT_FALSE(d.header.onFirstPage) << "the cover carries the logo and the name itself";
}

// The index: one row per course, by reference, whose page cell the layout fills in.
TEST(CatalogueDocument, IndexListsEveryCourseByReferenceWithALinkedPageNumber) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("pt-entidade");
    Diagnostics warnings;
    const doc::Document d = catalogueOf(ws, "pt", warnings);
    const auto* index = std::get_if<doc::Table>(&d.blocks.back());
    ASSERT_NE(index, nullptr);
    ASSERT_EQ(index->rows.size(), ws.courses.size());
    std::string previous;
    for (const auto& row : index->rows) {
        ASSERT_EQ(row.size(), 3u);
        const std::string id = plain(row[0]);
        ASSERT_NE(ws.findCourse(id), nullptr) << id;
        if (!previous.empty()) {
            EXPECT_LT(localizer("pt").fmt().compare(previous, id), 0);
        }
        previous = id;
        ASSERT_EQ(row[2].size(), 1u);
        EXPECT_EQ(row[2][0].pageOf, "course-" + id);
        EXPECT_EQ(row[2][0].link, "#course-" + id);
    }
}

TEST(CatalogueDocument, PartsWhoseSectionTheTemplateLacksComeAtTheEnd) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("fr-organisme");
    const i18n::Localizer& l10n = localizer("fr");
    const tmpl::Template bare = tmpl::Template::fromString(
        R"(<template kind="catalogue"><body>
             <section id="cover"><p><msg key="catalogue.title" year="catalogue.year"/></p></section>
           </body></template>)",
        "bare.xml", catalogueVocabulary(), l10n.messages());
    const tmpl::Template programme = shippedTemplates(ws, "fr").programme;
    const IndicatorsReport report = computeIndicators(ws, Period::calendarYear(2025), buildDate());
    const LatestCourseResults courseResults = LatestCourseResults::compute(ws, buildDate());
    Diagnostics warnings;
    const doc::Document d = buildCatalogueDocument(ws, report, courseResults, l10n, {bare, programme}, warnings);
    ASSERT_FALSE(d.blocks.empty());
    const auto* cover = std::get_if<doc::Paragraph>(&d.blocks.front());
    ASSERT_NE(cover, nullptr);
    EXPECT_EQ(plain(cover->text), "Catalogue des formations 2026");
    const auto all = headings(d.blocks);
    EXPECT_LT(indexOf(all, anchorOf(ws.courses.front())), indexOf(all, "all-courses"));
    EXPECT_TRUE(std::holds_alternative<doc::Table>(d.blocks.back()));
}

TEST(CatalogueDocument, FrCat02CoverAndFooterGiveEditionAndValidity) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("fr-organisme");
    Diagnostics warnings;
    const doc::Document d = catalogueOf(ws, "fr", warnings);
    const std::string text = programme_testing::allText(d.blocks);
    EXPECT_NE(text.find("Catalogue des formations 2026"), std::string::npos);
    EXPECT_NE(text.find("Édition du 15 septembre 2026"), std::string::npos);
    EXPECT_NE(text.find("valables du 15 septembre 2026 au 31 décembre 2026"), std::string::npos);
    EXPECT_EQ(d.footer.left, "Édition du 15 septembre 2026");
    EXPECT_EQ(d.footer.center, "Valable jusqu’au 31 décembre 2026");
    EXPECT_EQ(d.metadata.title, "Catalogue des formations 2026");
}

TEST(CatalogueDocument, AMissingTranslationIsReportedOnceThoughPrintedSeveralTimes) {
    PinnedBuildDate pinned(kBuildDay);
    Workspace ws = sample("fr-organisme");
    Course& course = ws.courses.front();
    course.title.byLang.erase("en");   // the title is in the TOC, the entry and the index
    Diagnostics warnings;
    catalogueOf(ws, "en", warnings);
    const std::string field = "course[" + course.id + "].title";
    const auto count = std::count_if(warnings.items().begin(), warnings.items().end(),
                                     [&](const Diagnostic& w) { return w.field == field; });
    EXPECT_EQ(count, 1);
    EXPECT_TRUE(warnings.hasKey("diag.generation.untranslated"));
}

}  // namespace
}  // namespace fd::gen
