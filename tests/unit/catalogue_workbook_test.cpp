// The catalogue workbook (generators/catalogue/catalogue_workbook.h): one typed row per course in
// the catalogue's order with the columns of the public training-offer data, and the sessions.
#include <algorithm>

#include "catalogue_test_support.h"
#include "generators/catalogue/catalogue_workbook.h"
#include "generators/common/prices.h"

namespace fd::gen {
namespace {

using namespace catalogue_testing;

int column(const doc::Sheet& sheet, const std::string& header) {
    for (size_t i = 0; i < sheet.columns.size(); ++i)
        if (sheet.columns[i].header == header) return static_cast<int>(i);
    ADD_FAILURE() << "no column " << header;
    return -1;
}

const doc::Cell& cell(const doc::Sheet& sheet, size_t row, const std::string& header) {
    return sheet.rows.at(row).at(static_cast<size_t>(column(sheet, header)));
}

std::string textOf(const doc::Cell& c) {
    const auto* t = std::get_if<doc::CellText>(&c);
    return t ? t->value : std::string();
}

const doc::Sheet& coursesOf(const doc::Workbook& book) { return book.sheets.at(0); }
const doc::Sheet& sessionsOf(const doc::Workbook& book) { return book.sheets.at(1); }

TEST(CatalogueWorkbook, FrenchColumnsAreTypedAndFollowTheOfferData) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("fr-organisme");
    Diagnostics warnings;
    const doc::Workbook book = buildCatalogueWorkbook(ws, localizer("fr"), warnings);
    ASSERT_EQ(book.sheets.size(), 2u);
    const doc::Sheet& courses = coursesOf(book);
    EXPECT_EQ(courses.name, "Formations");
    EXPECT_TRUE(courses.freezeHeader);
    EXPECT_TRUE(courses.autofilter);
    ASSERT_EQ(courses.rows.size(), ws.courses.size());
    for (const auto& row : courses.rows) ASSERT_EQ(row.size(), courses.columns.size());

    EXPECT_EQ(courses.columns[static_cast<size_t>(column(courses, "SIRET"))].type, doc::ColumnType::Text);
    EXPECT_EQ(courses.columns[static_cast<size_t>(column(courses, "Durée (heures)"))].type, doc::ColumnType::Hours);
    EXPECT_EQ(courses.columns[static_cast<size_t>(column(courses, "Prix minimum"))].type, doc::ColumnType::Money);
    EXPECT_EQ(courses.columns[static_cast<size_t>(column(courses, "Dernière mise à jour"))].type, doc::ColumnType::Date);
    for (size_t r = 0; r < courses.rows.size(); ++r) {
        const Course* course = ws.findCourse(textOf(cell(courses, r, "Référence de la formation")));
        ASSERT_NE(course, nullptr);
        EXPECT_EQ(textOf(cell(courses, r, "SIRET")), "89317452400015");
        EXPECT_EQ(textOf(cell(courses, r, "Numéro de déclaration d’activité (NDA)")), "52440871244");
        const auto* hours = std::get_if<doc::CellHours>(&cell(courses, r, "Durée (heures)"));
        ASSERT_NE(hours, nullptr);
        EXPECT_EQ(hours->hundredths, course->totalHours.hundredths);
        const auto* updated = std::get_if<doc::CellDate>(&cell(courses, r, "Dernière mise à jour"));
        ASSERT_NE(updated, nullptr);
        EXPECT_EQ(updated->year, course->lastUpdate.year);
        const auto* lowest = std::get_if<doc::CellMoney>(&cell(courses, r, "Prix minimum"));
        const auto* highest = std::get_if<doc::CellMoney>(&cell(courses, r, "Prix maximum"));
        ASSERT_TRUE(lowest && highest) << course->id;
        EXPECT_LE(lowest->cents, highest->cents);
        // Exempt from VAT: the amounts as entered, said to be net of tax.
        EXPECT_EQ(textOf(cell(courses, r, "Prix exprimés")), "net de taxe");
        if (course->certification) {
            EXPECT_EQ(textOf(cell(courses, r, "Code de la certification")), course->certification->code);
        } else {
            EXPECT_TRUE(std::holds_alternative<doc::CellEmpty>(cell(courses, r, "Code de la certification")));
        }
    }
}

TEST(CatalogueWorkbook, PricesArePerPersonWhenTheCourseHasAnyAndIncludeVatWhenCharged) {
    PinnedBuildDate pinned(kBuildDay);
    Workspace ws = sample("fr-organisme");
    ws.organisation.vatRegime = VatRegime::Liable;
    ws.organisation.vatRatePermille = 200;
    Diagnostics warnings;
    const doc::Workbook book = buildCatalogueWorkbook(ws, localizer("fr"), warnings);
    const doc::Sheet& courses = coursesOf(book);
    for (size_t r = 0; r < courses.rows.size(); ++r) {
        const Course* course = ws.findCourse(textOf(cell(courses, r, "Référence de la formation")));
        const bool perPerson = std::any_of(course->prices.begin(), course->prices.end(),
                                           [](const Price& p) { return p.basis == PriceBasis::PerPerson; });
        Cents lowest = -1;
        for (const Price& p : course->prices)
            if (!perPerson || p.basis == PriceBasis::PerPerson) {
                const Cents paid = priceAmounts(p, ws.organisation).includingTax;
                lowest = lowest < 0 ? paid : std::min(lowest, paid);
            }
        EXPECT_EQ(std::get<doc::CellMoney>(cell(courses, r, "Prix minimum")).cents, lowest) << course->id;
        EXPECT_EQ(textOf(cell(courses, r, "Prix exprimés")), "TTC");
        EXPECT_EQ(textOf(cell(courses, r, "Base du prix")), perPerson ? "par personne" : "par groupe");
    }
}

TEST(CatalogueWorkbook, UpcomingSessionsAreCountedFromTheBuildDate) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("fr-organisme");
    Diagnostics warnings;
    const doc::Sheet courses = coursesOf(buildCatalogueWorkbook(ws, localizer("fr"), warnings));
    const Date today = buildDate();
    for (size_t r = 0; r < courses.rows.size(); ++r) {
        const std::string id = textOf(cell(courses, r, "Référence de la formation"));
        int64_t upcoming = 0;
        Date next;
        for (const Session& s : ws.sessions)
            if (s.courseId == id && today <= s.start) {
                ++upcoming;
                if (next.empty() || s.start < next) next = s.start;
            }
        EXPECT_EQ(std::get<doc::CellInteger>(cell(courses, r, "Sessions à venir")).value, upcoming) << id;
        const doc::Cell& nextCell = cell(courses, r, "Début de la prochaine session");
        if (next.empty()) {
            EXPECT_TRUE(std::holds_alternative<doc::CellEmpty>(nextCell)) << id;
        } else {
            const auto& d = std::get<doc::CellDate>(nextCell);
            EXPECT_EQ(Date({d.year, d.month, d.day}), next) << id;
        }
    }
}

TEST(CatalogueWorkbook, PortugueseOrganisationsGetNifDgertAndCnaefColumns) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("pt-entidade");
    Diagnostics warnings;
    const doc::Sheet courses = coursesOf(buildCatalogueWorkbook(ws, localizer("pt"), warnings));
    ASSERT_EQ(courses.rows.size(), ws.courses.size());
    for (size_t r = 0; r < courses.rows.size(); ++r) {
        EXPECT_EQ(textOf(cell(courses, r, "NIF")), "514820934");
        EXPECT_EQ(textOf(cell(courses, r, "Certificação DGERT")), "4312/2019");
        const Course* course = ws.findCourse(textOf(cell(courses, r, "Referência da ação")));
        ASSERT_NE(course, nullptr);
        EXPECT_EQ(textOf(cell(courses, r, "Área de educação e formação (CNAEF)")), course->cnaef);
    }
    for (const doc::SheetColumn& c : courses.columns) EXPECT_NE(c.header, "SIRET");
}

TEST(CatalogueWorkbook, SessionsSheetListsEverySessionByStartWithItsTrainees) {
    PinnedBuildDate pinned(kBuildDay);
    const Workspace ws = sample("fr-organisme");
    Diagnostics warnings;
    const doc::Sheet sessions = sessionsOf(buildCatalogueWorkbook(ws, localizer("fr"), warnings));
    ASSERT_EQ(sessions.rows.size(), ws.sessions.size());
    int64_t enrolled = 0;
    Date previous;
    const Date today = buildDate();
    for (size_t r = 0; r < sessions.rows.size(); ++r) {
        const Session* s = ws.findSession(textOf(cell(sessions, r, "Session")));
        ASSERT_NE(s, nullptr);
        EXPECT_LE(previous, s->start);
        previous = s->start;
        const auto count = std::count_if(ws.trainees.begin(), ws.trainees.end(),
                                         [&](const Trainee& t) { return t.sessionId == s->id; });
        EXPECT_EQ(std::get<doc::CellInteger>(cell(sessions, r, "Stagiaires inscrits")).value, count);
        enrolled += count;
        const std::string status = textOf(cell(sessions, r, "État"));
        const char* expected = today < s->start ? "À venir" : s->end < today ? "Terminée" : "En cours";
        EXPECT_EQ(status, expected) << s->id;
    }
    EXPECT_EQ(enrolled, static_cast<int64_t>(ws.trainees.size()));
}

}  // namespace
}  // namespace fd::gen
