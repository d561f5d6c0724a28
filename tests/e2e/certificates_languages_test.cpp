// Issuing the same certificates in another language (EN-01, TRACE-04, TRACE-05): a translation
// keeps the number, is the first edition in its language and says nothing of duplicates; the
// original stays genuine and current; going back to the first language rewrites nothing; a
// correction makes edition 2 in its language only.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "certificates_support.h"

namespace fd::e2e {
namespace {

// Every file of OUT/certificates with its SHA-256 and modification time.
struct FileState {
    std::string sha256;
    int64_t modified = 0;
    bool operator==(const FileState& o) const { return sha256 == o.sha256 && modified == o.modified; }
};

std::map<std::string, FileState> fileStates(const std::string& out) {
    std::map<std::string, FileState> states;
    for (const std::string& file : certificateFiles(out)) {
        const std::string path = out + "/certificates/" + file;
        struct stat st {};
        stat(path.c_str(), &st);
        states[file] = {sha256Of(path), static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
    }
    return states;
}

// The files of one language ("….en.pdf"), by number.
std::map<std::string, std::string> filesIn(const std::string& out, const std::string& lang) {
    std::map<std::string, std::string> files;
    const std::string suffix = "." + lang + ".pdf";
    for (const std::string& file : certificateFiles(out))
        if (file.size() > suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0)
            files[file.substr(0, file.find('_'))] = out + "/certificates/" + file;
    return files;
}

CommandResult verify(const std::string& file, const std::string& workspace) {
    return runFormadoc({"verify", file, "--register", workspace});
}

void expectGenuine(const std::string& file, const std::string& workspace) {
    const CommandResult r = verify(file, workspace);
    EXPECT_EQ(r.exitCode, 0) << file << '\n' << r.out;
    EXPECT_NE(r.out.find("GENUINE"), std::string::npos) << r.out;
}

std::string keptCopy(const std::string& file, const std::string& tag) {
    const std::string copy = makeTempDir(tag) + "/" + std::filesystem::path(file).filename().string();
    std::filesystem::copy_file(file, copy);
    return copy;
}

TEST(CertificatesEn01, SwitchingLanguageIssuesTranslationsAndGoingBackRewritesNothing) {
    const std::string ws = copySample("fr-organisme");
    const std::string out = makeTempDir("cert-lang");
    const std::vector<std::string> selection{"--session", "MGT-2503", "--model", "realisation"};
    ASSERT_EQ(issue(ws, out, selection).exitCode, 0);
    const std::map<std::string, std::string> french = filesIn(out, "fr");
    ASSERT_FALSE(french.empty());
    const std::map<std::string, FileState> frenchStates = fileStates(out);

    std::vector<std::string> english = selection;
    english.insert(english.end(), {"--lang", "en"});
    const CommandResult translated = issue(ws, out, english);
    ASSERT_EQ(translated.exitCode, 0) << translated.err;
    const std::vector<RegisterRow> afterEnglish = registerRows(ws);
    ASSERT_EQ(afterEnglish.size(), 2 * french.size()) << "one translation per number, nothing else";
    std::map<std::string, std::set<std::pair<int, std::string>>> versions;
    for (const RegisterRow& row : afterEnglish) versions[row.number].insert({row.version, row.language});
    for (const auto& [number, file] : french)
        EXPECT_EQ(versions[number], (std::set<std::pair<int, std::string>>{{1, "fr"}, {2, "en"}})) << number;

    // The translations carry the same numbers and no duplicate marking; the originals are untouched.
    const std::map<std::string, std::string> translations = filesIn(out, "en");
    ASSERT_EQ(translations.size(), french.size());
    for (const auto& [number, file] : translations) {
        ASSERT_TRUE(french.count(number)) << number;
        const std::string text = normaliseSpaces(pdfText(file));
        EXPECT_NE(text.find(number), std::string::npos) << text;
        EXPECT_EQ(text.find("Duplicate"), std::string::npos) << "a translation is not a duplicate: " << file;
    }
    const std::map<std::string, FileState> bothStates = fileStates(out);
    for (const auto& [file, state] : frenchStates) EXPECT_EQ(bothStates.at(file), state) << file;

    // Both are genuine and current.
    const auto& [number, translation] = *translations.begin();
    expectGenuine(french.at(number), ws);
    expectGenuine(translation, ws);
    EXPECT_NE(verify(translation, ws).out.find("Language: English; first issue in this language"), std::string::npos);

    // Back to French: the same numbers and bytes, nothing written, nothing recorded.
    const CommandResult back = issue(ws, out, selection);
    ASSERT_EQ(back.exitCode, 0) << back.err;
    EXPECT_NE(back.err.find("0 certificates written, " + std::to_string(french.size()) + " unchanged"),
              std::string::npos)
        << back.err;
    const std::vector<RegisterRow> afterReturn = registerRows(ws);
    ASSERT_EQ(afterReturn.size(), afterEnglish.size());
    for (size_t i = 0; i < afterReturn.size(); ++i) {
        EXPECT_EQ(afterReturn[i].number, afterEnglish[i].number);
        EXPECT_EQ(afterReturn[i].version, afterEnglish[i].version);
        EXPECT_EQ(afterReturn[i].fileSha256, afterEnglish[i].fileSha256);
    }
    EXPECT_EQ(fileStates(out), bothStates) << "a certificate was written again";
}

TEST(CertificatesTrace05, ACorrectionMakesEditionTwoInItsLanguageOnly) {
    const std::string ws = copySample("pt-entidade");
    const std::string out = makeTempDir("cert-lang-fix");
    const std::vector<std::string> portuguese{"--session", "VND-2503", "--model", "dgert"};
    std::vector<std::string> english = portuguese;
    english.insert(english.end(), {"--lang", "en"});
    ASSERT_EQ(issue(ws, out, portuguese).exitCode, 0);
    ASSERT_EQ(issue(ws, out, english).exitCode, 0);
    const std::string number = "RBC-2027-00001";   // F2025-001, the first trainee of the session
    ASSERT_TRUE(filesIn(out, "pt").count(number) && filesIn(out, "en").count(number));
    const std::string originalPt = keptCopy(filesIn(out, "pt").at(number), "cert-lang-pt1");
    const std::string originalEn = filesIn(out, "en").at(number);

    // Correct the trainee's given names.
    std::string csv = readFile(ws + "/trainees.csv");
    const std::string from = "F2025-001,VND-2503,Gonçalves Ferreira,Ana Rita,";
    const size_t at = csv.find(from);
    ASSERT_NE(at, std::string::npos);
    csv.replace(at, from.size(), "F2025-001,VND-2503,Gonçalves Ferreira,Ana Rita Maria,");
    std::ofstream(ws + "/trainees.csv", std::ios::binary | std::ios::trunc) << csv;

    const CommandResult corrected = issue(ws, out, portuguese);
    ASSERT_EQ(corrected.exitCode, 0) << corrected.err;
    EXPECT_NE(corrected.err.find("1 certificate written"), std::string::npos) << corrected.err;
    const std::string secondPt = filesIn(out, "pt").at(number);
    const std::string ptText = normaliseSpaces(pdfText(secondPt));
    EXPECT_NE(ptText.find("2.ª via"), std::string::npos) << "TRACE-05: " << ptText;
    EXPECT_NE(ptText.find("Ana Rita Maria"), std::string::npos);

    std::vector<std::pair<int, std::string>> versions;
    for (const RegisterRow& row : registerRows(ws))
        if (row.number == number) versions.emplace_back(row.version, row.language);
    EXPECT_EQ(versions, (std::vector<std::pair<int, std::string>>{{1, "pt"}, {2, "en"}, {3, "pt"}}));

    const CommandResult old = verify(originalPt, ws);
    EXPECT_EQ(old.exitCode, 1) << old.out;
    EXPECT_NE(old.out.find("SUPERSEDED: genuine, but version 3 (duplicate, version 2 in this language)"),
              std::string::npos)
        << old.out;
    expectGenuine(secondPt, ws);
    EXPECT_TRUE(exists(originalEn)) << "the English file belongs to another language: kept";
    expectGenuine(originalEn, ws);

    // Re-issued in English: edition 2 there, which now supersedes the first English file.
    const std::string firstEn = keptCopy(originalEn, "cert-lang-en1");
    ASSERT_EQ(issue(ws, out, english).exitCode, 0);
    const std::string secondEn = filesIn(out, "en").at(number);
    EXPECT_NE(normaliseSpaces(pdfText(secondEn)).find("Duplicate — version 2"), std::string::npos);
    EXPECT_EQ(verify(firstEn, ws).exitCode, 1);
    expectGenuine(secondEn, ws);
    expectGenuine(secondPt, ws);
}

}  // namespace
}  // namespace fd::e2e
