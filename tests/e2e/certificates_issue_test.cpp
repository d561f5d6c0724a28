// `formadoc certificates` on the sample workspaces: who gets a file, the numbering, the register.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "certificates_support.h"

namespace fd::e2e {
namespace {

// The file of each number in OUT/certificates ("<number>_<name>.<lang>.pdf").
std::map<std::string, std::string> filesByNumber(const std::string& out) {
    std::map<std::string, std::string> files;
    for (const std::string& file : certificateFiles(out)) files[file.substr(0, file.find('_'))] = out + "/certificates/" + file;
    return files;
}

// TRACE-03/04: numbers PREFIX-YYYY-NNNNN unique, sequential from 1 without gaps per prefix and year.
void expectGapFreeNumbering(const std::vector<RegisterRow>& rows) {
    std::map<std::pair<std::string, int>, std::set<int>> sequences;
    std::set<std::string> numbers;
    for (const RegisterRow& row : rows)
        if (row.version == 1) {
            EXPECT_TRUE(numbers.insert(row.number).second) << "TRACE-04: number given twice: " << row.number;
            sequences[{row.prefix, row.year}].insert(row.sequence);
        }
    for (const auto& [key, seen] : sequences) {
        EXPECT_EQ(static_cast<int>(seen.size()), *seen.rbegin()) << "TRACE-04: gap in " << key.first << "-" << key.second;
        EXPECT_EQ(*seen.begin(), 1) << key.first;
    }
}

// Every register row is issued and its file is in place with the recorded SHA-256.
void expectFilesMatchRegister(const std::vector<RegisterRow>& rows, const std::string& out) {
    const std::map<std::string, std::string> files = filesByNumber(out);
    std::map<std::string, const RegisterRow*> latest;
    for (const RegisterRow& row : rows) latest[row.number] = &row;
    EXPECT_EQ(files.size(), latest.size()) << "one file per number";
    for (const auto& [number, row] : latest) {
        EXPECT_EQ(row->status, "issued") << number;
        auto file = files.find(number);
        ASSERT_NE(file, files.end()) << "no file for " << number;
        EXPECT_EQ(sha256Of(file->second), row->fileSha256) << "TRACE-04: file hash of " << number;
    }
}

TEST(CertificatesTrace04, FrenchSampleGivesEveryAttendingTraineeACertificatDeRealisation) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-fr");
    const CommandResult r = issue(ws, out, {"--jobs", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const std::vector<RegisterRow> rows = registerRows(ws);
    std::set<std::string> realisation, attestation;
    for (const RegisterRow& row : rows) {
        EXPECT_EQ(row.prefix, "HFA");
        (row.model == "realisation" ? realisation : attestation).insert(row.traineeId);
    }
    // FR-CR-09: whoever attended, even partly, receives the certificat de réalisation; the
    // others are listed with the reason.
    for (const auto& [id, hours] : traineeHours(ws)) {
        if (hours > 0) {
            EXPECT_TRUE(realisation.count(id)) << "FR-CR: no certificat de réalisation for " << id;
        } else {
            EXPECT_NE(r.err.find("(" + id + "), realisation"), std::string::npos) << "FR-CR: " << id << " not listed";
        }
    }
    EXPECT_FALSE(attestation.empty());
    expectGapFreeNumbering(rows);
    expectFilesMatchRegister(rows, out);
    EXPECT_TRUE(temporaryFiles(out).empty());

    // FR-CR-01: the file is the certificate of the number it is named after.
    const auto [number, file] = *filesByNumber(out).begin();
    const std::string text = normaliseSpaces(pdfText(file));
    EXPECT_NE(text.find(number), std::string::npos) << text;
}

TEST(CertificatesPtCert01, PortugueseSampleIssuesNumberedDgertCertificates) {
    const std::string ws = copySample("pt-entidade");
    const std::string out = makeTempDir("cert-pt");
    const CommandResult r = issue(ws, out);
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const std::vector<RegisterRow> rows = registerRows(ws);
    std::set<std::string> issued;
    for (const RegisterRow& row : rows) {
        EXPECT_EQ(row.model, "dgert");
        EXPECT_EQ(row.prefix, "RBC");
        issued.insert(row.traineeId);
    }
    for (const auto& [id, hours] : traineeHours(ws)) {
        if (hours > 0) {
            EXPECT_TRUE(issued.count(id)) << "PT-CERT-01: no certificate for " << id;
        } else {
            EXPECT_NE(r.err.find("(" + id + "), dgert"), std::string::npos) << "PT-CERT-20: " << id << " not listed";
        }
    }
    expectGapFreeNumbering(rows);
    expectFilesMatchRegister(rows, out);

    const auto [number, file] = *filesByNumber(out).begin();
    const std::string text = normaliseSpaces(pdfText(file));
    EXPECT_NE(text.find("N.º " + number), std::string::npos) << "PT-CERT-01: " << text;
}

TEST(CertificatesTrace05, SessionNotEndedOnTheIssueDateIsListedNotIssued) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-early");
    // 2026-11-01: session BILAN-2609 ends on 2026-11-09.
    const CommandResult r = runFormadoc({"certificates", ws, "--out", out, "--session", "BILAN-2609"},
                                        {"SOURCE_DATE_EPOCH=1793491200"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("session BILAN-2609 ends on 2026-11-09"), std::string::npos) << "TRACE-05: " << r.err;
    EXPECT_TRUE(certificateFiles(out).empty());
}

TEST(CertificatesCli, UnknownSessionAndSeveralLanguagesAreBadInput) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-bad");
    EXPECT_EQ(issue(ws, out, {"--session", "NOPE-0000"}).exitCode, 2);
    EXPECT_EQ(issue(ws, out, {"--lang", "fr,en"}).exitCode, 2);
    EXPECT_FALSE(exists(ws + "/register.sqlite"));
}

}  // namespace
}  // namespace fd::e2e
