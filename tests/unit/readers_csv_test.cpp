#include <gtest/gtest.h>

#include "readers/csv.h"
#include "readers_test_support.h"

namespace fd::readers {
namespace {

using fd::testing::fileBytes;
using fd::testing::fixturePath;
using fd::testing::summary;

struct Parsed {
    Diagnostics diagnostics;
    std::optional<CsvTable> table;
};

Parsed parse(const std::string& bytes, CsvOptions options = {}) {
    Parsed p;
    p.table = parseCsv(bytes, "test.csv", options, p.diagnostics);
    return p;
}

Parsed parseFixture(const std::string& name, CsvOptions options = {}) {
    return parse(fileBytes(fixturePath("csv/" + name)), options);
}

std::vector<std::string> column(const CsvTable& table, const char* name) {
    std::vector<std::string> values;
    for (const auto& record : table.records) values.push_back(table.value(record, name));
    return values;
}

std::vector<int> lines(const CsvTable& table) {
    std::vector<int> out;
    for (const auto& record : table.records) out.push_back(record.line);
    return out;
}

TEST(CsvFixtureTest, Utf8WithBomAndSemicolons) {
    const Parsed p = parseFixture("utf8-bom-semicolon.csv");
    ASSERT_TRUE(p.table);
    EXPECT_TRUE(p.diagnostics.items().empty());
    EXPECT_EQ(p.table->encoding, TextEncoding::Utf8);
    EXPECT_EQ(p.table->separator, ';');
    EXPECT_EQ(p.table->header, (std::vector<std::string>{"id", "name", "city"}));   // no BOM in "id"
    EXPECT_EQ(column(*p.table, "name"), (std::vector<std::string>{"Élodie", "Zoë"}));
    EXPECT_EQ(column(*p.table, "city"), (std::vector<std::string>{"Besançon", "Orléans"}));
}

TEST(CsvFixtureTest, Windows1252IsDetectedFromItsEuroSign) {
    const Parsed p = parseFixture("windows-1252.csv");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(p.table->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(column(*p.table, "label"), (std::vector<std::string>{"café", "œuvre"}));
    EXPECT_EQ(column(*p.table, "price"), (std::vector<std::string>{"10 €", "“20”"}));
}

TEST(CsvFixtureTest, Iso88591WithoutWindowsBytes) {
    const Parsed p = parseFixture("iso-8859-1.csv");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(p.table->encoding, TextEncoding::Latin1);
    EXPECT_EQ(column(*p.table, "label"), (std::vector<std::string>{"Crème brûlée", "São João"}));
}

TEST(CsvFixtureTest, QuotedLineBreaksDoubledQuotesAndCrlf) {
    const Parsed p = parseFixture("quoted-crlf.csv");
    ASSERT_TRUE(p.table);
    EXPECT_TRUE(p.diagnostics.items().empty());
    EXPECT_EQ(p.table->separator, ',');
    EXPECT_EQ(column(*p.table, "comment"),
              (std::vector<std::string>{"line one\nline two", "He said \"hi\"", "a, b; c"}));
    EXPECT_EQ(column(*p.table, "author"), (std::vector<std::string>{"Ana", "Rui", "Eva"}));
    EXPECT_EQ(lines(*p.table), (std::vector<int>{2, 4, 5}));   // the quoted line break counts
}

TEST(CsvFixtureTest, TabSeparatedWithCommasInValues) {
    const Parsed p = parseFixture("tab.csv");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(p.table->separator, '\t');
    EXPECT_EQ(column(*p.table, "note"), (std::vector<std::string>{"a,b;c", ""}));
}

TEST(CsvFixtureTest, RaggedRowsAreReportedWithTheirLinesAndLeftOut) {
    const Parsed p = parseFixture("ragged.csv");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(summary(p.diagnostics),
              (std::vector<std::string>{"test.csv:3:diag.csv.field_count", "test.csv:4:diag.csv.field_count"}));
    EXPECT_EQ(p.diagnostics.items()[0].args.at("expected"), "3");
    EXPECT_EQ(p.diagnostics.items()[0].args.at("found"), "2");
    EXPECT_EQ(p.diagnostics.items()[1].args.at("found"), "4");
    EXPECT_EQ(lines(*p.table), (std::vector<int>{2, 5}));
}

TEST(CsvEncodingOptionTest, ForcedUtf8ReportsTheLineOfTheBadByte) {
    const Parsed p = parseFixture("windows-1252.csv", CsvOptions{TextEncoding::Utf8});
    EXPECT_FALSE(p.table);
    EXPECT_EQ(summary(p.diagnostics), (std::vector<std::string>{"test.csv:2:diag.csv.decoding"}));
    EXPECT_EQ(p.diagnostics.items()[0].args.at("encoding"), "utf-8");
}

TEST(CsvEncodingOptionTest, ForcedEncodingOverridesDetection) {
    // Valid UTF-8 read as Windows-1252 on request gives the classic mojibake, as asked.
    const Parsed p = parse("id,name\n1,Zo\xC3\xAB\n", CsvOptions{TextEncoding::Windows1252});
    ASSERT_TRUE(p.table);
    EXPECT_EQ(p.table->encoding, TextEncoding::Windows1252);
    EXPECT_EQ(column(*p.table, "name"), (std::vector<std::string>{"ZoÃ«"}));
}

TEST(CsvParseTest, UnterminatedQuoteIsReportedWhereItOpens) {
    const Parsed p = parse("id,text\n1,ok\n2,\"never\nclosed\n3,x\n");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(summary(p.diagnostics), (std::vector<std::string>{"test.csv:3:diag.csv.unterminated_quote"}));
    EXPECT_EQ(lines(*p.table), (std::vector<int>{2}));
}

TEST(CsvParseTest, TextAfterAClosingQuoteIsAnErrorButKept) {
    const Parsed p = parse("id,text\n1,\"quoted\" tail,\n");
    EXPECT_EQ(summary(p.diagnostics), (std::vector<std::string>{"test.csv:2:diag.csv.text_after_quote",
                                                                "test.csv:2:diag.csv.field_count"}));
    const Parsed q = parse("id,text\n1,\"quoted\" tail\n");
    ASSERT_TRUE(q.table);
    EXPECT_EQ(column(*q.table, "text"), (std::vector<std::string>{"quoted tail"}));
}

TEST(CsvParseTest, BlankLinesAreSkippedAndLinesStillCounted) {
    const Parsed p = parse("\n\nid,name\n\n1,a\n\n2,b");   // no final line break either
    ASSERT_TRUE(p.table);
    EXPECT_TRUE(p.diagnostics.items().empty());
    EXPECT_EQ(p.table->headerLine, 3);
    EXPECT_EQ(lines(*p.table), (std::vector<int>{5, 7}));
}

TEST(CsvParseTest, LoneCarriageReturnsEndLinesToo) {
    const Parsed p = parse("id,name\r1,a\r2,b\r");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(lines(*p.table), (std::vector<int>{2, 3}));
}

TEST(CsvParseTest, QuotedFieldsMayBeEmptyOrHoldOnlyQuotes) {
    const Parsed p = parse("a,b,c\n\"\",\"\"\"\",\"x\"\"\"\n");
    ASSERT_TRUE(p.table);
    ASSERT_EQ(p.table->records.size(), 1u);
    EXPECT_EQ(p.table->records[0].fields, (std::vector<std::string>{"", "\"", "x\""}));
}

TEST(CsvParseTest, SpacesBeforeAnOpeningQuoteAreTolerated) {
    const Parsed p = parse("id,name,city\n1,  \"Silva, Ana\" , Porto\n");
    ASSERT_TRUE(p.table);
    EXPECT_TRUE(p.diagnostics.items().empty());
    EXPECT_EQ(column(*p.table, "name"), (std::vector<std::string>{"Silva, Ana"}));
    EXPECT_EQ(column(*p.table, "city"), (std::vector<std::string>{"Porto"}));
}

TEST(CsvParseTest, EmptyInputHasNoHeader) {
    const Parsed p = parse("\n\n");
    EXPECT_FALSE(p.table);
    EXPECT_EQ(summary(p.diagnostics), (std::vector<std::string>{"test.csv:0:diag.csv.no_header"}));
}

TEST(CsvHeaderTest, ColumnsMatchIgnoringCaseAndSpaces) {
    const Parsed p = parse(" ID ; Family_Name \n 7 ; Silva \n");
    ASSERT_TRUE(p.table);
    EXPECT_EQ(p.table->column("id"), 0u);
    EXPECT_EQ(p.table->column("family_name"), 1u);
    EXPECT_EQ(p.table->column(" FAMILY_NAME"), 1u);
    EXPECT_FALSE(p.table->column("given_names"));
    EXPECT_EQ(column(*p.table, "family_name"), (std::vector<std::string>{"Silva"}));
    EXPECT_EQ(column(*p.table, "given_names"), (std::vector<std::string>{""}));
}

TEST(CsvHeaderTest, DuplicateAndEmptyColumnNamesAreErrors) {
    const Parsed p = parse("id,Id,,x\n1,2,3,4\n");
    EXPECT_EQ(summary(p.diagnostics), (std::vector<std::string>{"test.csv:1:diag.csv.duplicate_column",
                                                                "test.csv:1:diag.csv.empty_column_name"}));
    EXPECT_EQ(p.diagnostics.items()[1].args.at("position"), "3");
}

TEST(CsvHeaderTest, CheckColumnsReportsMissingAndUnknownColumns) {
    const Parsed p = parse("id,cours,start\n");
    ASSERT_TRUE(p.table);
    Diagnostics d;
    EXPECT_FALSE(checkColumns(*p.table, CsvColumns{{"id", "course", "start"}, {"place"}}, d));
    EXPECT_EQ(summary(d), (std::vector<std::string>{"test.csv:1:diag.csv.missing_column",
                                                    "test.csv:1:diag.csv.unknown_column"}));
    EXPECT_EQ(d.items()[0].args.at("column"), "course");
    EXPECT_EQ(d.items()[1].severity, Severity::Warning);
    Diagnostics none;
    EXPECT_TRUE(checkColumns(*p.table, CsvColumns{{"ID"}, {"cours", "start"}}, none));
    EXPECT_TRUE(none.items().empty());
}

TEST(CsvSeparatorTest, CountsOnlyOutsideQuotesOnTheFirstLine) {
    EXPECT_EQ(detectSeparator("\"a;b;c\",d,e\n1;2;3;4;5"), ',');
    EXPECT_EQ(detectSeparator("a;b,c;d\n"), ';');
    EXPECT_EQ(detectSeparator("a\tb\tc,d"), '\t');
    EXPECT_EQ(detectSeparator("single"), ',');
}

}  // namespace
}  // namespace fd::readers
