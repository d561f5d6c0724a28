// `formadoc indicators` on the sample workspaces, read back with independent tools (qpdf,
// pdffonts, pdftotext): valid PDFs with embedded subset fonts that state the reference period
// and the calculation date (FR-RES-03, FR-RES-04) and print every rate with its numerator and
// denominator (RES-F1..F4) exactly as worked out again in indicators_expected.cpp from the
// workspace's own trainees.csv; small samples read "not significant" (FR-RES-04), and
// certifying courses carry their indicator 3 content (FR-RES-05).
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <sstream>

#include "e2e_support.h"
#include "indicators_expected.h"
#include "indicators_run.h"
#include "indicators_wording.h"

namespace fd::e2e {
namespace {

constexpr long kSmallSampleThreshold = 5;   // policies small-sample-threshold of both samples

// pdftotext drops the no-break space of a one-digit French percentage ("8 %" comes out "8%",
// "82 %" does not), so percentages are compared without the space before the sign.
std::string withoutSpaceBeforePercent(std::string text) {
    for (size_t at = text.find(" %"); at != std::string::npos; at = text.find(" %", at)) text.erase(at, 1);
    return text;
}

std::string normalisedText(const std::string& pdf, int page = 0) {
    return withoutSpaceBeforePercent(normaliseSpaces(pdfText(pdf, page)));
}

// The rows of a figures table the indicators document prints for `e` (see withoutSpaceBeforePercent).
std::vector<std::string> figureRows(const std::string& lang, const ExpectedIndicators& e) {
    std::vector<std::string> rows = {
        figureRow(lang, Figure::Satisfaction, e.satisfaction, kSmallSampleThreshold),
        figureRow(lang, Figure::Response, e.response, kSmallSampleThreshold),
        figureRow(lang, Figure::Completion, e.completion, kSmallSampleThreshold),
        figureRow(lang, Figure::Abandon, e.abandon, kSmallSampleThreshold)};
    if (e.success) rows.push_back(figureRow(lang, Figure::Success, *e.success, kSmallSampleThreshold));
    if (e.certification)
        rows.push_back(figureRow(lang, Figure::Certification, *e.certification, kSmallSampleThreshold));
    for (std::string& row : rows) row = withoutSpaceBeforePercent(row);
    return rows;
}

std::string traineesRow(const std::string& lang, long trainees) {
    const std::string label = lang == "fr" ? "Stagiaires formés" : lang == "pt" ? "Formandos abrangidos" : "Trainees trained";
    return label + " " + std::to_string(trainees);
}

std::string withoutSpacesAndHyphens(std::string text) {
    text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == ' ' || c == '-'; }), text.end());
    return text;
}

// The label of a significant bar of the rates chart: "82 % (n = 33)".
std::string barLabel(const std::string& lang, const ExpectedRate& rate) {
    return withoutSpaceBeforePercent(percentText(lang, rate.roundedPercent())) + " (n = " +
           std::to_string(rate.denominator) + ")";
}

// The certification codes of the certifying courses, read from courses.xml.
std::vector<std::string> certificationCodes(const std::string& workspace) {
    const std::string xml = readFile(workspace + "/courses.xml");
    const std::regex code("<certification\\s[^>]*code=\"([^\"]+)\"");
    std::vector<std::string> codes;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), code); it != std::sregex_iterator(); ++it)
        codes.push_back((*it)[1]);
    return codes;
}

class IndicatorsPdf : public ::testing::TestWithParam<std::string> {
protected:
    std::string workspace() const { return sampleDir(GetParam()); }
};

TEST_P(IndicatorsPdf, FrRes03PdfsAreValidWithEmbeddedSubsetFonts) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    for (const std::string& lang : kIndicatorLanguages) {
        ASSERT_TRUE(exists(run.pdf(lang))) << lang;
        ASSERT_TRUE(exists(run.xlsx(lang))) << lang;
        const CommandResult check = runShell("qpdf --check " + shellQuote(run.pdf(lang)));
        EXPECT_EQ(check.exitCode, 0) << lang << ": " << check.out << check.err;

        const CommandResult fonts = runShell("pdffonts " + shellQuote(run.pdf(lang)));
        ASSERT_EQ(fonts.exitCode, 0) << fonts.err;
        std::istringstream lines(fonts.out);
        std::string line;
        int listed = 0;
        for (int skip = 0; skip < 2 && std::getline(lines, line); ++skip) {}   // header and rule
        while (std::getline(lines, line)) {
            ++listed;
            // name type encoding emb sub uni object ID: the subset prefix and "yes yes".
            EXPECT_TRUE(std::regex_search(line, std::regex("^[A-Z]{6}\\+"))) << lang << ": " << line;
            EXPECT_TRUE(std::regex_search(line, std::regex("\\s+yes\\s+yes\\s+"))) << lang << ": " << line;
        }
        EXPECT_GT(listed, 0) << lang;
    }
}

TEST_P(IndicatorsPdf, FrRes04PeriodAndCalculationDateInEachLanguage) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    for (const std::string& lang : kIndicatorLanguages) {
        const std::string firstPage = normalisedText(run.pdf(lang), 1);
        // Both samples' latest sessions with results, on 2026-11-21, ended in 2026.
        EXPECT_NE(firstPage.find(referenceYearLine(lang, 2026)), std::string::npos) << lang << "\n" << firstPage;
        EXPECT_NE(firstPage.find(calculatedOn21November2026(lang)), std::string::npos) << lang << "\n" << firstPage;
    }
}

TEST_P(IndicatorsPdf, ResF1ToF4OrganisationRatesMatchTheTraineesFile) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    const ExpectedIndicators e = expectedIndicators(workspace(), "2026-01-01", "2026-12-31");
    ASSERT_GE(e.satisfaction.denominator, kSmallSampleThreshold);   // the summary's bars all exist
    for (const std::string& lang : kIndicatorLanguages) {
        const std::string summary = normalisedText(run.pdf(lang), 1);
        EXPECT_NE(summary.find(traineesRow(lang, e.trainees)), std::string::npos) << lang << "\n" << summary;
        for (const std::string& row : figureRows(lang, e))
            EXPECT_NE(summary.find(row), std::string::npos) << lang << ": " << row << "\n" << summary;
        // The rates chart labels its bars with the percentage and the sample size.
        EXPECT_NE(summary.find(barLabel(lang, e.satisfaction)), std::string::npos) << lang;
        EXPECT_NE(summary.find(barLabel(lang, e.completion)), std::string::npos) << lang;
    }
}

TEST_P(IndicatorsPdf, FrRes04EachCourseSectionGivesItsOwnFigures) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    for (const std::string& lang : kIndicatorLanguages) {
        const std::string text = normalisedText(run.pdf(lang));
        for (const std::string& course : courseIds(workspace())) {
            const ExpectedIndicators e = expectedIndicators(workspace(), "2026-01-01", "2026-12-31", course);
            // A long title may wrap after the hyphen of a code, which pdftotext then drops:
            // "(AFEST-" / "RC)" comes out "(AFESTRC)".
            EXPECT_NE(withoutSpacesAndHyphens(text).find("(" + withoutSpacesAndHyphens(course) + ")"),
                      std::string::npos)
                << lang << ": " << course;
            if (e.trainees == 0) continue;
            for (const std::string& row : figureRows(lang, e))
                EXPECT_NE(text.find(row), std::string::npos) << lang << ": " << course << ": " << row;
        }
    }
}

TEST_P(IndicatorsPdf, FrRes05CertifyingCoursesNameTheirCertification) {
    const IndicatorsRun run = runIndicators(GetParam());
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    const std::vector<std::string> codes = certificationCodes(workspace());
    for (const std::string& lang : kIndicatorLanguages) {
        const std::string text = normalisedText(run.pdf(lang));
        for (const std::string& code : codes) EXPECT_NE(text.find(code + " – "), std::string::npos) << lang << ": " << code;
        const std::string blocks = lang == "fr"   ? "Blocs de compétences pouvant être validés"
                                   : lang == "pt" ? "Blocos de competências"
                                                  : "Blocks of competences that can be validated";
        EXPECT_EQ(text.find(blocks) != std::string::npos, !codes.empty()) << lang;
    }
}

INSTANTIATE_TEST_SUITE_P(Samples, IndicatorsPdf, ::testing::Values("fr-organisme", "pt-entidade"), sampleTestName);

// In 2025 the French sample's tutoring course (CCE-TUT) had four respondents: its satisfaction
// rate, among others, is printed as not significant, never as a bare percentage.
TEST(IndicatorsPdfSmallSamples, FrRes04RatesOnFewPeopleReadNotSignificant) {
    const IndicatorsRun run = runIndicators("fr-organisme", {"--year", "2025"});
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    const ExpectedIndicators cce = expectedIndicators(sampleDir("fr-organisme"), "2025-01-01", "2025-12-31", "CCE-TUT");
    ASSERT_GT(cce.trainees, 0);
    ASSERT_LT(cce.satisfaction.denominator, kSmallSampleThreshold);
    for (const std::string& lang : kIndicatorLanguages) {
        const std::string text = normalisedText(run.pdf(lang));
        EXPECT_NE(text.find(referenceYearLine(lang, 2025)), std::string::npos) << lang;
        for (const std::string& row : figureRows(lang, cce))
            EXPECT_NE(text.find(row), std::string::npos) << lang << ": " << row;
        // The overview table and the charts abbreviate it.
        EXPECT_NE(text.find("n.s. (n = " + std::to_string(cce.satisfaction.denominator) + ")"), std::string::npos)
            << lang;
        EXPECT_NE(text.find(notSignificantText(lang, cce.satisfaction.denominator)), std::string::npos) << lang;
    }
}

// A period across two calendar years counts the sessions that ended in it (FR-RES-04).
TEST(IndicatorsPdfPeriods, FrRes04ExplicitPeriodCountsTheSessionsEndingInIt) {
    const IndicatorsRun run = runIndicators("pt-entidade", {"--from", "2025-04-01", "--to", "2026-03-31"});
    ASSERT_EQ(run.result.exitCode, 0) << run.result.err;
    const ExpectedIndicators e = expectedIndicators(sampleDir("pt-entidade"), "2025-04-01", "2026-03-31");
    const std::string en = normalisedText(run.pdf("en"), 1);
    EXPECT_NE(en.find("Reference period: From 1 April 2025 to 31 March 2026"), std::string::npos) << en;
    const std::string pt = normalisedText(run.pdf("pt"), 1);
    EXPECT_NE(pt.find("Período de referência: De 1 de abril de 2025 a 31 de março de 2026"), std::string::npos) << pt;
    for (const std::string& lang : {std::string("en"), std::string("pt")}) {
        const std::string summary = normalisedText(run.pdf(lang), 1);
        EXPECT_NE(summary.find(traineesRow(lang, e.trainees)), std::string::npos) << lang;
        for (const std::string& row : figureRows(lang, e))
            EXPECT_NE(summary.find(row), std::string::npos) << lang << ": " << row << "\n" << summary;
    }
}

}  // namespace
}  // namespace fd::e2e
