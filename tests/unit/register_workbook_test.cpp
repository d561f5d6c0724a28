// The register's export: columns with localized headers and types, one typed row per version with
// its edition in its language, statuses in words (reserved, issued, superseded by a later version
// in the same language, revoked).
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "register/register_workbook.h"
#include "register_test_support.h"

namespace fd::reg {
namespace {

using testing::issue;
using testing::request;
using testing::requestIn;

const std::string kLocales = std::string(FORMADOC_SOURCE_DIR) + "/locales";

const std::vector<std::pair<std::string, doc::ColumnType>> kColumns{
    {"number", doc::ColumnType::Text},           {"version", doc::ColumnType::Integer},
    {"trainee", doc::ColumnType::Text},          {"trainee_id", doc::ColumnType::Text},
    {"session", doc::ColumnType::Text},          {"course", doc::ColumnType::Text},
    {"model", doc::ColumnType::Text},            {"language", doc::ColumnType::Text},
    {"edition", doc::ColumnType::Integer},       {"issue_date", doc::ColumnType::Date},
    {"signer", doc::ColumnType::Text},           {"status", doc::ColumnType::Text},
    {"revocation_date", doc::ColumnType::Date},  {"revocation_reason", doc::ColumnType::Text},
    {"verification_code", doc::ColumnType::Text}, {"template", doc::ColumnType::Text},
    {"software_version", doc::ColumnType::Text}, {"file_sha256", doc::ColumnType::Text}};

size_t columnIndex(const std::string& key) {
    for (size_t i = 0; i < kColumns.size(); ++i)
        if (kColumns[i].first == key) return i;
    ADD_FAILURE() << "no column " << key;
    return 0;
}

std::string textAt(const doc::Sheet& sheet, size_t row, const std::string& column) {
    const auto* cell = std::get_if<doc::CellText>(&sheet.rows.at(row).at(columnIndex(column)));
    return cell ? cell->value : "<not text>";
}

// A register holding: ACR-2026-00001 in two versions, 00002 revoked, 00003 reserved only.
std::vector<RegisterEntry> sampleEntries(const testing::TempDir& dir) {
    CertificateRegister reg(dir.registerFile());
    issue(reg, request(1, "first"));
    IssueRequest corrected = request(1, "corrected");
    corrected.issueDate = Date{2026, 4, 2};
    issue(reg, corrected);
    issue(reg, request(2));
    reg.revoke("ACR-2026-00002", "Training not completed", Date{2026, 5, 6});
    reg.reserve(request(3));
    return reg.list();
}

TEST(RegisterWorkbook, HeadersAreLocalizedAndColumnsTyped) {
    testing::TempDir dir;
    const std::vector<RegisterEntry> entries = sampleEntries(dir);
    for (const char* lang : {"fr", "pt", "en"}) {
        const i18n::Localizer l10n(kLocales, lang);
        const doc::Workbook book = registerWorkbook(entries, l10n);
        ASSERT_EQ(book.sheets.size(), 1u);
        const doc::Sheet& sheet = book.sheets[0];
        EXPECT_EQ(sheet.name, l10n.msg("register.sheet"));
        EXPECT_LE(sheet.name.size(), 31u);
        ASSERT_EQ(sheet.columns.size(), kColumns.size());
        for (size_t i = 0; i < kColumns.size(); ++i) {
            EXPECT_EQ(sheet.columns[i].header, l10n.msg("register.column." + kColumns[i].first)) << lang;
            EXPECT_EQ(sheet.columns[i].type, kColumns[i].second) << kColumns[i].first;
        }
        EXPECT_EQ(book.properties.title, l10n.msg("register.title"));
        EXPECT_EQ(book.properties.language, lang);
    }
    const i18n::Localizer fr(kLocales, "fr"), en(kLocales, "en");
    EXPECT_NE(registerWorkbook(entries, fr).sheets[0].columns[0].header,
              registerWorkbook(entries, en).sheets[0].columns[0].header);
}

TEST(RegisterWorkbook, OneTypedRowPerVersion) {
    testing::TempDir dir;
    const std::vector<RegisterEntry> entries = sampleEntries(dir);
    const i18n::Localizer l10n(kLocales, "en");
    const doc::Sheet sheet = registerWorkbook(entries, l10n).sheets.at(0);
    ASSERT_EQ(sheet.rows.size(), 4u);
    for (const auto& row : sheet.rows) EXPECT_EQ(row.size(), kColumns.size());

    EXPECT_EQ(textAt(sheet, 0, "number"), "ACR-2026-00001");
    EXPECT_EQ(std::get<doc::CellInteger>(sheet.rows[0][columnIndex("version")]).value, 1);
    EXPECT_EQ(std::get<doc::CellInteger>(sheet.rows[1][columnIndex("version")]).value, 2);
    EXPECT_EQ(textAt(sheet, 0, "trainee"), "Trainee 1");
    EXPECT_EQ(textAt(sheet, 0, "trainee_id"), "T1");
    EXPECT_EQ(textAt(sheet, 0, "session"), "S1");
    EXPECT_EQ(textAt(sheet, 0, "course"), "MGT-ENT");
    EXPECT_EQ(textAt(sheet, 0, "model"), "realisation");
    EXPECT_EQ(textAt(sheet, 0, "language"), "fr");
    EXPECT_EQ(textAt(sheet, 0, "signer"), "Claire Vasseur");
    EXPECT_EQ(textAt(sheet, 0, "template"), "fr-qualiopi/realisation");
    EXPECT_EQ(textAt(sheet, 0, "software_version"), "0.1.0");
    EXPECT_EQ(textAt(sheet, 0, "file_sha256"), entries[0].fileSha256);
    EXPECT_EQ(textAt(sheet, 0, "verification_code"), entries[0].verificationCode);

    const auto& issued = std::get<doc::CellDate>(sheet.rows[1][columnIndex("issue_date")]);
    EXPECT_EQ((Date{issued.year, issued.month, issued.day}), (Date{2026, 4, 2}));

    EXPECT_EQ(textAt(sheet, 0, "status"), l10n.msg("register.status.superseded", {{"version", int64_t{2}}}));
    EXPECT_EQ(textAt(sheet, 1, "status"), l10n.msg("register.status.issued"));
    EXPECT_EQ(textAt(sheet, 2, "status"), l10n.msg("register.status.revoked"));
    EXPECT_EQ(textAt(sheet, 3, "status"), l10n.msg("register.status.reserved"));

    const auto& revoked = std::get<doc::CellDate>(sheet.rows[2][columnIndex("revocation_date")]);
    EXPECT_EQ((Date{revoked.year, revoked.month, revoked.day}), (Date{2026, 5, 6}));
    EXPECT_EQ(textAt(sheet, 2, "revocation_reason"), "Training not completed");
    // No revocation, no file yet: empty cells rather than empty texts.
    EXPECT_TRUE(std::holds_alternative<doc::CellEmpty>(sheet.rows[1][columnIndex("revocation_date")]));
    EXPECT_TRUE(std::holds_alternative<doc::CellEmpty>(sheet.rows[1][columnIndex("revocation_reason")]));
    EXPECT_TRUE(std::holds_alternative<doc::CellEmpty>(sheet.rows[3][columnIndex("file_sha256")]));
}

int64_t integerAt(const doc::Sheet& sheet, size_t row, const std::string& column) {
    const auto* cell = std::get_if<doc::CellInteger>(&sheet.rows.at(row).at(columnIndex(column)));
    return cell ? cell->value : -1;
}

TEST(RegisterWorkbook, OnlyALaterIssuedVersionInTheSameLanguageSupersedes) {
    testing::TempDir dir;
    CertificateRegister reg(dir.registerFile());
    issue(reg, request(1, "first"));                  // version 1, fr
    issue(reg, requestIn("en", 1, "first"));          // version 2, en: a translation
    issue(reg, request(1, "corrected"));              // version 3, fr: replaces version 1
    reg.reserve(requestIn("en", 1, "corrected"));     // version 4, en: not issued yet
    const i18n::Localizer l10n(kLocales, "en");
    const doc::Sheet sheet = registerWorkbook(reg.list(), l10n).sheets.at(0);
    ASSERT_EQ(sheet.rows.size(), 4u);

    const std::vector<std::string> languages{"fr", "en", "fr", "en"};
    const std::vector<int64_t> editions{1, 1, 2, 2};
    for (size_t row = 0; row < 4; ++row) {
        EXPECT_EQ(integerAt(sheet, row, "version"), static_cast<int64_t>(row + 1));
        EXPECT_EQ(textAt(sheet, row, "language"), languages[row]);
        EXPECT_EQ(integerAt(sheet, row, "edition"), editions[row]) << "row " << row;
    }
    EXPECT_EQ(textAt(sheet, 0, "status"), l10n.msg("register.status.superseded", {{"version", int64_t{3}}}));
    EXPECT_EQ(textAt(sheet, 1, "status"), l10n.msg("register.status.issued")) << "a reservation replaces nothing";
    EXPECT_EQ(textAt(sheet, 2, "status"), l10n.msg("register.status.issued"));
    EXPECT_EQ(textAt(sheet, 3, "status"), l10n.msg("register.status.reserved"));
}

TEST(RegisterWorkbook, EveryRegisterErrorHasAMessage) {
    // Each key RegisterError can carry, with the arguments it is thrown with.
    const std::vector<std::pair<std::string, i18n::Args>> errors{
        {"register.error.open", {{"path", std::string("p")}, {"reason", std::string("r")}}},
        {"register.error.missing", {{"path", std::string("p")}}},
        {"register.error.not_a_register", {{"path", std::string("p")}}},
        {"register.error.newer_schema",
         {{"path", std::string("p")}, {"found", std::string("2")}, {"supported", std::string("1")}}},
        {"register.error.database", {{"path", std::string("p")}, {"reason", std::string("r")}}},
        {"register.error.invalid_value", {{"field", std::string("prefix")}, {"value", std::string("v")}}},
        {"register.error.unknown_version", {{"number", std::string("N")}, {"version", std::string("2")}}},
        {"register.error.unknown_number", {{"number", std::string("N")}}},
        {"register.error.revoked", {{"number", std::string("N")}}},
        {"register.error.already_revoked", {{"number", std::string("N")}, {"date", std::string("2026-01-01")}}},
        {"register.error.file_changed", {{"number", std::string("N")}, {"version", std::string("1")}}},
        {"register.error.read_file", {{"path", std::string("p")}, {"reason", std::string("r")}}},
        {"register.error.digest", {}}};
    for (const char* lang : {"fr", "pt", "en"}) {
        const i18n::Localizer l10n(kLocales, lang);
        for (const auto& [key, args] : errors) EXPECT_FALSE(l10n.msg(key, args).empty()) << lang << ' ' << key;
    }
}

}  // namespace
}  // namespace fd::reg
