// How the compliance check reads: the text report (grouped, aligned, localized, counted) and the
// audit workbook (a summary, one sheet per Qualiopi indicator or family, typed cells).
#include <algorithm>
#include <set>
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "check_test_support.h"
#include "generators/check/audit_workbook.h"
#include "generators/check/text_report.h"

namespace fd::check {
namespace {

using namespace check_testing;
using programme_testing::localizer;

// The complete French workspace with one gap of each weight.
Workspace workspaceWithFindings() {
    Workspace ws = completeFrenchWorkspace();
    ws.courses.front().accessibility = {};                               // mandatory
    ws.organisation.administrativeContact.phone.clear();                 // mandatory
    ws.courses.front().schedule.byLang.erase("pt");                      // recommended
    ws.organisation.qualiopi->validUntil = *Date::parseIso("2027-01-10");   // warning
    return ws;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        out.push_back(text.substr(start, end - start));
    return out;
}

const std::string* lineWith(const std::vector<std::string>& all, const std::string& needle) {
    for (const std::string& l : all)
        if (l.find(needle) != std::string::npos) return &l;
    return nullptr;
}

TEST(CheckTextReport, FindingsAreGroupedAlignedAndCounted) {
    const Workspace ws = workspaceWithFindings();
    const std::string text = formatTextReport(audit(ws), ws, localizer("en"));
    const auto all = lines(text);

    const std::string* accessibility = lineWith(all, "course[MGT-ENT].accessibility");
    ASSERT_NE(accessibility, nullptr) << text;
    EXPECT_EQ(*accessibility,
              "  FR-PROG-13  mandatory    1, 26  Accessibility for disabled persons: missing "
              "(course[MGT-ENT].accessibility, courses.xml:3)");
    const std::string* phone = lineWith(all, "contact[administrative].phone");
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(phone->find("  FR-PROG-10  mandatory    1      Contacts: missing"), 0u) << *phone;
    const std::string* warning = lineWith(all, "FR-FMT-04");
    ASSERT_NE(warning, nullptr);
    EXPECT_NE(warning->find("warning      —      "), std::string::npos) << *warning;
    EXPECT_NE(warning->find("expires on 10 January 2027, in 50 days"), std::string::npos) << *warning;

    // The organisation first, its mandatory gap before its warning; then the course.
    const auto position = [&](const std::string& needle) { return text.find(needle); };
    EXPECT_LT(position("Organisation: Atelier"), position("contact[administrative].phone"));
    EXPECT_LT(position("contact[administrative].phone"), position("FR-FMT-04"));
    EXPECT_LT(position("FR-FMT-04"), position("Course MGT-ENT: Managing a team day to day"));
    EXPECT_LT(position("FR-PROG-13"), position("FR-PROG-24"));   // mandatory before recommended

    EXPECT_NE(text.find("2 mandatory gaps, 0 conditional gaps, 1 recommendation, 1 warning."), std::string::npos)
        << text;
    EXPECT_NE(text.find("Mandatory items are missing"), std::string::npos);
}

TEST(CheckTextReport, SpeaksTheReadersLanguageWithItsTypography) {
    const Workspace ws = workspaceWithFindings();
    const std::string fr = formatTextReport(audit(ws), ws, localizer("fr"));
    EXPECT_NE(fr.find("FR-PROG-13  obligatoire  1, 26  Accessibilité aux personnes en situation de handicap\u202F: "
                      "absent (course[MGT-ENT].accessibility, courses.xml:3)"),
              std::string::npos)
        << fr;
    EXPECT_NE(fr.find("Formation MGT-ENT\u202F: Manager une équipe au quotidien"), std::string::npos) << fr;
    EXPECT_NE(fr.find("2 manquements obligatoires"), std::string::npos);
    const std::string pt = formatTextReport(audit(ws), ws, localizer("pt"));
    EXPECT_NE(pt.find("obrigatório"), std::string::npos) << pt;
    EXPECT_NE(pt.find("tradução em falta: Português"), std::string::npos) << pt;
}

TEST(CheckTextReport, ACleanWorkspaceSaysSo) {
    const Workspace ws = completeFrenchWorkspace();
    const AuditReport report = audit(ws);
    const std::string text = formatTextReport(report, ws, localizer("en"));
    EXPECT_NE(text.find("No finding: every requirement checked is met."), std::string::npos) << text;
    EXPECT_NE(text.find("Items checked: " + std::to_string(report.assessments.size()) + "; courses: 1, of which 1"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("No mandatory item is missing."), std::string::npos);
    EXPECT_EQ(formatSummaryLine(report, localizer("en")),
              "0 mandatory gaps, 0 conditional gaps, 0 recommendations, 0 warnings.");
}

const doc::Sheet* sheetNamed(const doc::Workbook& book, const std::string& name) {
    for (const doc::Sheet& s : book.sheets)
        if (s.name == name) return &s;
    return nullptr;
}

TEST(CheckWorkbook, OneSheetPerIndicatorWithTypedEvidence) {
    const Workspace ws = workspaceWithFindings();
    const AuditReport report = audit(ws);
    const doc::Workbook book = buildAuditWorkbook(report, ws, localizer("en"));
    ASSERT_GE(book.sheets.size(), 4u);
    EXPECT_EQ(book.sheets.front().name, "Summary");
    std::vector<std::string> names;
    for (const doc::Sheet& s : book.sheets) names.push_back(s.name);
    for (const char* expected : {"Indicator 1", "Indicator 2", "Indicator 26", "Indicator 31", "FR-FMT"})
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
    // Indicators ascending, families after them.
    const auto at = [&](const std::string& name) { return std::find(names.begin(), names.end(), name); };
    EXPECT_LT(at("Indicator 2"), at("Indicator 26"));
    EXPECT_LT(at("Indicator 31"), at("FR-FMT"));

    const doc::Sheet* ind26 = sheetNamed(book, "Indicator 26");
    ASSERT_NE(ind26, nullptr);
    bool sawGap = false;
    for (const auto& row : ind26->rows) {
        ASSERT_EQ(row.size(), ind26->columns.size());
        const std::string id = std::get<doc::CellText>(row[2]).value;
        EXPECT_EQ(id, "FR-PROG-13");   // the only requirement serving indicator 26 that is checked
        if (std::get<doc::CellText>(row[8]).value == "course[MGT-ENT].accessibility") {
            sawGap = true;
            EXPECT_EQ(std::get<doc::CellText>(row[0]).value, "MGT-ENT");
            EXPECT_EQ(std::get<doc::CellText>(row[5]).value, "missing");
            EXPECT_EQ(std::get<doc::CellText>(row[7]).value, "programmes/MGT-ENT.fr.pdf");
            EXPECT_EQ(std::get<doc::CellText>(row[9]).value, "courses.xml");
            EXPECT_EQ(std::get<doc::CellInteger>(row[10]).value, 3);
        }
    }
    EXPECT_TRUE(sawGap);
    EXPECT_EQ(ind26->columns[10].type, doc::ColumnType::Integer);

    const doc::Sheet& summary = book.sheets.front();
    ASSERT_EQ(summary.rows.size(), book.sheets.size());   // one per sheet, and the total
    const auto& total = summary.rows.back();
    EXPECT_EQ(std::get<doc::CellInteger>(total[2]).value, static_cast<int64_t>(report.assessments.size()));
    EXPECT_EQ(std::get<doc::CellInteger>(total[7]).value, 2);   // mandatory gaps, each counted once
    EXPECT_EQ(std::get<doc::CellDate>(total[8]).year, 2026);
    EXPECT_EQ(book.properties.created, kToday.daysSinceEpoch() * 86400);
}

TEST(CheckWorkbook, PortugueseRulesGoToSheetsByFamily) {
    const Workspace ws = completePortugueseWorkspace();
    const doc::Workbook book = buildAuditWorkbook(audit(ws), ws, localizer("pt"));
    std::set<std::string> names;
    for (const doc::Sheet& s : book.sheets) names.insert(s.name);
    EXPECT_TRUE(names.count("Resumo"));
    EXPECT_TRUE(names.count("PT-PROG"));
    EXPECT_TRUE(names.count("PT-REG"));
    EXPECT_TRUE(names.count("PT-FMT"));
    for (const std::string& name : names) EXPECT_EQ(name.find("Indicador"), std::string::npos) << name;
}

}  // namespace
}  // namespace fd::check
