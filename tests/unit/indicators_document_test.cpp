// The indicators document over the hand-made workspace of indicators_fixture.h: what each page
// says, which charts it has and with which bars.
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "generators/indicators/indicators_document.h"
#include "indicators_fixture.h"

namespace fd::gen {
namespace {

const std::string kLocales = std::string(FORMADOC_SOURCE_DIR) + "/locales";
const Date kCalculationDate{2026, 1, 15};

std::string textOf(const doc::Inlines& inlines) {
    std::string text;
    for (const doc::Run& r : inlines) text += r.text;
    return text;
}

// Blocks in reading order, with the content of notices and keep-together groups in line.
void flatten(const std::vector<doc::Block>& blocks, std::vector<const doc::Block*>& out) {
    for (const doc::Block& b : blocks) {
        if (const auto* keep = std::get_if<std::shared_ptr<doc::KeepTogether>>(&b)) {
            flatten((*keep)->blocks, out);
        } else if (const auto* notice = std::get_if<std::shared_ptr<doc::Notice>>(&b)) {
            out.push_back(&b);
            flatten((*notice)->blocks, out);
        } else {
            out.push_back(&b);
        }
    }
}

// The document cut at its course headings: the summary, then one part per course. Page
// breaks are left out of the parts and recorded apart.
using Part = std::vector<const doc::Block*>;

struct Built {
    Workspace workspace = testing::indicatorsWorkspace();
    Diagnostics warnings;
    doc::Document document;
    std::vector<Part> parts;
    std::vector<bool> startsPage;   // per part: whether a page break comes right before it
};

bool isCourseHeading(const doc::Block& block) {
    const auto* h = std::get_if<doc::Heading>(&block);
    return h && h->level == 2 && h->anchor.rfind("course-", 0) == 0;
}

Built build(const std::string& lang, const Period& period = Period::calendarYear(2025)) {
    Built b;
    const i18n::Localizer l10n(kLocales, lang);
    const IndicatorsReport report = computeIndicators(b.workspace, period, kCalculationDate);
    b.document = buildIndicatorsDocument(b.workspace, report, l10n, b.warnings);
    std::vector<const doc::Block*> all;
    flatten(b.document.blocks, all);
    b.parts.emplace_back();
    b.startsPage.push_back(true);
    bool pageBreak = false;
    for (const doc::Block* block : all) {
        if (std::holds_alternative<doc::PageBreak>(*block)) {
            pageBreak = true;
            continue;
        }
        if (isCourseHeading(*block)) {
            b.parts.emplace_back();
            b.startsPage.push_back(pageBreak);
        }
        pageBreak = false;
        b.parts.back().push_back(block);
    }
    return b;
}

template <class T>
std::vector<const T*> all(const Part& part) {
    std::vector<const T*> found;
    for (const doc::Block* b : part)
        if (const auto* t = std::get_if<T>(b)) found.push_back(t);
    return found;
}

std::vector<std::string> headings(const Part& part, int level) {
    std::vector<std::string> texts;
    for (const doc::Heading* h : all<doc::Heading>(part))
        if (h->level == level) texts.push_back(textOf(h->text));
    return texts;
}

bool hasParagraph(const Part& part, const std::string& text) {
    for (const doc::Paragraph* p : all<doc::Paragraph>(part))
        if (textOf(p->text) == text) return true;
    return false;
}

// The row of `table` whose first cell is `label`, as texts; empty when there is none.
std::vector<std::string> rowOf(const doc::Table& table, const std::string& label) {
    for (const auto& row : table.rows) {
        if (textOf(row.at(0)) != label) continue;
        std::vector<std::string> texts;
        for (const doc::Inlines& cell : row) texts.push_back(textOf(cell));
        return texts;
    }
    return {};
}

TEST(IndicatorsDocument, SummaryStatesTitlePeriodAndCalculationDate) {
    const Built fr = build("fr");
    ASSERT_EQ(fr.parts.size(), 6u);   // summary + 5 courses
    const Part& summary = fr.parts[0];
    EXPECT_EQ(headings(summary, 1), std::vector<std::string>{"Indicateurs de résultats des formations"});
    EXPECT_TRUE(hasParagraph(summary, "Période de référence\u202F: Année 2025"));
    EXPECT_TRUE(hasParagraph(summary, "Calculé le 15 janvier 2026"));
    EXPECT_TRUE(all<std::shared_ptr<doc::Notice>>(summary).empty());   // French prevails: no notice

    const Built en = build("en");
    EXPECT_EQ(headings(en.parts[0], 1), std::vector<std::string>{"Training Results / Performance Indicators"});
    EXPECT_TRUE(hasParagraph(en.parts[0], "Translation – the French version prevails"));
}

TEST(IndicatorsDocument, KeyFiguresGiveNumeratorAndDenominator) {
    const Built fr = build("fr");
    const auto tables = all<doc::Table>(fr.parts[0]);
    ASSERT_EQ(tables.size(), 2u);   // the key figures, then every course at a glance
    const doc::Table& t = *tables[0];
    EXPECT_EQ(rowOf(t, "Stagiaires formés").at(1), "18");
    EXPECT_EQ(rowOf(t, "Heures-stagiaires réalisées").at(1), "289,75 heures");
    EXPECT_EQ(rowOf(t, "Taux de satisfaction"),
              (std::vector<std::string>{"Taux de satisfaction", "57\u00A0%",
                                        "4 satisfaits ou très satisfaits sur 7 répondants"}));
    EXPECT_EQ(rowOf(t, "Taux d’achèvement").at(2), "14 ont terminé sur 18 stagiaires entrés en formation");
    // Below the threshold: no bare percentage, but the counts are still printed.
    EXPECT_EQ(rowOf(t, "Taux d’obtention de la certification (candidats présentés)"),
              (std::vector<std::string>{"Taux d’obtention de la certification (candidats présentés)",
                                        "non significatif (n\u00A0=\u00A03)",
                                        "2 certifiés (en totalité ou par blocs) sur 3 candidats présentés"}));
    EXPECT_EQ(t.rows.size(), 8u);
}

TEST(IndicatorsDocument, RatesChartHasBarsOnlyForSignificantRates) {
    const Built en = build("en");
    const auto charts = all<doc::BarChart>(en.parts[0]);
    ASSERT_EQ(charts.size(), 2u);   // rates, and year over year (2024 and 2025)
    const doc::BarChart& rates = *charts[0];
    EXPECT_EQ(textOf(rates.title), "Result rates");
    EXPECT_EQ(rates.categories, (std::vector<std::string>{"Satisfaction", "Completion", "Success", "Certification"}));
    ASSERT_EQ(rates.series.size(), 1u);
    const doc::BarSeries& s = rates.series[0];
    EXPECT_EQ(s.name, "Year 2025");
    EXPECT_EQ(s.colour, en.document.accent);
    ASSERT_EQ(s.values.size(), 4u);
    EXPECT_NEAR(*s.values[0], 400.0 / 7.0, 1e-9);
    EXPECT_NEAR(*s.values[1], 1400.0 / 18.0, 1e-9);
    EXPECT_NEAR(*s.values[2], 600.0 / 9.0, 1e-9);
    EXPECT_FALSE(s.values[3].has_value());
    EXPECT_EQ(s.labels, (std::vector<std::string>{"57% (n\u00A0=\u00A07)", "78% (n\u00A0=\u00A018)",
                                                  "67% (n\u00A0=\u00A09)", "n.s. (n\u00A0=\u00A03)"}));
    EXPECT_EQ(rates.max, 100);
    EXPECT_EQ(rates.axisSuffix, "%");
    EXPECT_EQ(all<doc::BarChart>(build("fr").parts[0])[0]->axisSuffix, "\u00A0%");

    const doc::BarChart& years = *charts[1];
    EXPECT_EQ(textOf(years.title), "Year over year");
    EXPECT_EQ(years.categories, (std::vector<std::string>{"2024", "2025"}));
    ASSERT_EQ(years.series.size(), 4u);
    EXPECT_EQ(years.series[0].name, "Satisfaction");
    EXPECT_EQ(years.series[0].labels, (std::vector<std::string>{"n.s.", "57%"}));   // 2024: 1 of 2
    EXPECT_EQ(years.series[3].labels, (std::vector<std::string>{"n\u00A0=\u00A00", "n.s."}));   // certification
}

TEST(IndicatorsDocument, MethodNotesSpellOutFormulasAndTheSmallSampleRule) {
    const Built en = build("en");
    const auto lists = all<doc::List>(en.parts[0]);
    ASSERT_EQ(lists.size(), 1u);
    ASSERT_EQ(lists[0]->items.size(), 7u);
    EXPECT_EQ(textOf(lists[0]->items[4]).rfind("Certification rate: candidates who obtained", 0), 0u);
    EXPECT_EQ(textOf(lists[0]->items[6]),
              "A rate calculated on fewer than 5 people is marked “not significant” and is not given as a "
              "percentage, so as not to mislead; the numbers of people are given instead.");
}

TEST(IndicatorsDocument, OneSectionPerCourseInWorkspaceOrder) {
    const Built fr = build("fr");
    const std::vector<std::string> expected = {"Manager une équipe (MGT)", "Titre de formateur (CERT)",
                                               "Formation sans session (EMPTY)", "Sensibilisation (NOASSESS)",
                                               "Tableur avancé (ALLGONE)"};
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(headings(fr.parts[i + 1], 2), std::vector<std::string>{expected[i]});
        EXPECT_EQ(all<doc::Heading>(fr.parts[i + 1])[0]->anchor, "course-" + fr.workspace.courses[i].id);
    }
}

TEST(IndicatorsDocument, CourseWithEarlierYearsHasOnlyItsYearChart) {
    const Built en = build("en");
    // Over a calendar year the last group of the year chart is the period itself.
    const auto mgt = all<doc::BarChart>(en.parts[1]);
    ASSERT_EQ(mgt.size(), 1u);
    EXPECT_EQ(textOf(mgt[0]->title), "Year over year");
    EXPECT_EQ(mgt[0]->categories, (std::vector<std::string>{"2024", "2025"}));
    EXPECT_EQ(mgt[0]->series.size(), 3u);   // MGT is not certifying
    // CERT: 2025 only, so its rates over the period.
    const auto cert = all<doc::BarChart>(en.parts[2]);
    ASSERT_EQ(cert.size(), 1u);
    EXPECT_EQ(textOf(cert[0]->title), "Result rates");
}

TEST(IndicatorsDocument, PeriodAcrossYearsKeepsTheCoursesRatesChart) {
    const Built en = build("en", Period::between({2024, 6, 1}, {2025, 5, 31}));
    const auto mgt = all<doc::BarChart>(en.parts[1]);
    ASSERT_EQ(mgt.size(), 2u);
    EXPECT_EQ(textOf(mgt[0]->title), "Result rates");
    EXPECT_EQ(mgt[0]->series.at(0).name, "From 1 June 2024 to 31 May 2025");
    EXPECT_EQ(textOf(mgt[1]->title), "Year over year");
}

TEST(IndicatorsDocument, ChartWithoutASignificantRateIsLeftOut) {
    const Built en = build("en");
    // ALLGONE: completion 0 of 2, no one finished to answer or be assessed.
    EXPECT_TRUE(all<doc::BarChart>(en.parts[5]).empty());
    ASSERT_EQ(all<doc::Table>(en.parts[5]).size(), 1u);
    // NOASSESS: no satisfaction answer, but a completion rate on 5 people.
    EXPECT_EQ(all<doc::BarChart>(en.parts[4]).size(), 1u);
}

TEST(IndicatorsDocument, EachCourseWithResultsStartsAPage) {
    const Built fr = build("fr");
    EXPECT_EQ(fr.startsPage, (std::vector<bool>{true, true, true, false, true, true}));   // EMPTY follows CERT
}

TEST(IndicatorsDocument, OverviewGivesEveryCourseAtAGlance) {
    const Built fr = build("fr");
    const doc::Table& overview = *all<doc::Table>(fr.parts[0]).at(1);
    std::vector<std::string> header;
    for (const doc::Column& c : overview.columns) header.push_back(textOf(c.header));
    EXPECT_EQ(header, (std::vector<std::string>{"Formation", "Stagiaires", "Satisfaction", "Achèvement", "Réussite",
                                                "Certification"}));
    const std::string ns3 = "n.s. (n\u00A0=\u00A03)";
    EXPECT_EQ(rowOf(overview, "Manager une équipe (MGT)"),
              (std::vector<std::string>{"Manager une équipe (MGT)", "6", "n.s. (n\u00A0=\u00A04)", "83\u00A0%",
                                        "60\u00A0%", ""}));   // certification does not apply
    EXPECT_EQ(rowOf(overview, "Titre de formateur (CERT)"),
              (std::vector<std::string>{"Titre de formateur (CERT)", "5", ns3, "80\u00A0%", "n.s. (n\u00A0=\u00A04)", ns3}));
    EXPECT_EQ(rowOf(overview, "Formation sans session (EMPTY)"),
              (std::vector<std::string>{"Formation sans session (EMPTY)", "0", "–", "–", "–", ""}));
    EXPECT_EQ(rowOf(overview, "Sensibilisation (NOASSESS)"),
              (std::vector<std::string>{"Sensibilisation (NOASSESS)", "5", "–", "100\u00A0%", "", ""}));
    ASSERT_EQ(overview.rows.size(), 5u);
    // Each course name links to its section.
    EXPECT_EQ(overview.rows[0][0].at(0).link, "#course-MGT");
    EXPECT_TRUE(hasParagraph(fr.parts[0], "n.s.\u202F: non significatif, calculé sur moins de 5 personnes "
                                          "(n\u202F: leur nombre). –\u202F: personne à compter. Case vide\u202F: "
                                          "l’indicateur ne s’applique pas à la formation."));
}

TEST(IndicatorsDocument, CourseWithoutSessionSaysSoWithoutCharts) {
    const Built en = build("en");
    const Part& empty = en.parts[3];
    EXPECT_TRUE(hasParagraph(empty, "No session of this course ended during the reference period."));
    EXPECT_TRUE(all<doc::BarChart>(empty).empty());
    EXPECT_TRUE(all<doc::Table>(empty).empty());
}

TEST(IndicatorsDocument, RatesThatDoNotApplyAreLeftOut) {
    const Built en = build("en");
    const doc::Table& noAssess = *all<doc::Table>(en.parts[4]).at(0);
    EXPECT_TRUE(rowOf(noAssess, "Success rate (objectives reached)").empty());
    EXPECT_EQ(rowOf(noAssess, "Satisfaction rate").at(1), "no data");
    EXPECT_EQ(rowOf(noAssess, "Survey response rate").at(1), "0%");
    const doc::Table& allGone = *all<doc::Table>(en.parts[5]).at(0);
    EXPECT_EQ(rowOf(allGone, "Success rate (objectives reached)").at(1), "no data");
    EXPECT_EQ(rowOf(allGone, "Completion rate").at(2), "0 finished out of 2 trainees who started");
}

TEST(IndicatorsDocument, CertifyingCourseHasIndicatorThreeContent) {
    const Built fr = build("fr");
    const Part& cert = fr.parts[2];
    EXPECT_EQ(headings(cert, 3), std::vector<std::string>{"Certification professionnelle"});
    const auto tables = all<doc::KeyValueTable>(cert);
    ASSERT_EQ(tables.size(), 2u);
    const auto& identity = tables[0]->rows;
    ASSERT_EQ(identity.size(), 3u);
    EXPECT_EQ(textOf(identity[0].second), "RNCP35635 – Formateur professionnel d’adultes");
    EXPECT_EQ(textOf(identity[1].second), "Ministère du Travail");
    EXPECT_EQ(textOf(identity[2].first), "Taux d’obtention de la certification (candidats présentés)");
    EXPECT_EQ(textOf(identity[2].second), "non significatif (n\u00A0=\u00A03) – 2 certifiés (en totalité ou par "
                                          "blocs) sur 3 candidats présentés");
    const auto lists = all<doc::List>(cert);
    ASSERT_EQ(lists.size(), 1u);
    ASSERT_EQ(lists[0]->items.size(), 2u);
    EXPECT_EQ(textOf(lists[0]->items[1]), "RNCP35635BC02 – Accompagner les parcours");
    const auto& paths = tables[1]->rows;
    ASSERT_EQ(paths.size(), 4u);
    EXPECT_EQ(textOf(paths[0].first), "Équivalences");
    EXPECT_EQ(textOf(paths[1].second), "Passerelle vers le titre CIP");
    EXPECT_EQ(textOf(paths[3].first), "Débouchés");
    EXPECT_EQ(textOf(paths[3].second), "Formateur, concepteur pédagogique");

    EXPECT_TRUE(headings(fr.parts[1], 3).empty());   // MGT is not certifying
}

TEST(IndicatorsDocument, FurnitureAndMetadata) {
    const Built fr = build("fr");
    const doc::Document& d = fr.document;
    EXPECT_EQ(d.metadata.title, "Indicateurs de résultats des formations");
    EXPECT_EQ(d.metadata.language, "fr-FR");
    EXPECT_EQ(d.metadata.author, "Atelier Compétences Rhône SARL");
    EXPECT_EQ(d.header.left, "Atelier Compétences");
    EXPECT_EQ(d.footer.left, "Année 2025");
    EXPECT_EQ(d.footer.center, "Calculé le 15 janvier 2026");
    ASSERT_TRUE(d.footer.pageLabel);
    EXPECT_EQ(d.footer.pageLabel(2, 6), "Page 2 sur 6");
}

TEST(IndicatorsDocument, MissingTranslationsFallBackWithOneWarningPerField) {
    const Built pt = build("pt");
    EXPECT_EQ(headings(pt.parts[1], 2), std::vector<std::string>{"Manager une équipe (MGT)"});
    // 5 course titles + the certification's title, 2 blocks and 4 texts.
    EXPECT_EQ(pt.warnings.warningCount(), 12u);
    EXPECT_EQ(build("fr").warnings.warningCount(), 0u);
}

}  // namespace
}  // namespace fd::gen
