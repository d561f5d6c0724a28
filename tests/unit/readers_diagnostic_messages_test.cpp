// Every diagnostic the readers and the validation can emit has a message in every language, and
// the arguments the code passes are the ones the message uses.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <unistd.h>

#include "i18n/i18n.h"
#include "model/validate.h"
#include "readers/localized_text_reader.h"
#include "readers/workspace_reader.h"
#include "readers_test_support.h"

namespace fd {
namespace {

const std::string kSource = FORMADOC_SOURCE_DIR;

// The catalogue of locales/<lang>/diagnostics.xlf alone, where every diag.* message lives (so
// that a problem in another team's catalogue file does not hide or cause a failure here).
i18n::Catalogue diagnosticCatalogue(const std::string& lang) {
    const auto dir = std::filesystem::temp_directory_path() / ("formadoc-diag-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / lang);
    std::filesystem::copy_file(kSource + "/locales/" + lang + "/diagnostics.xlf", dir / lang / "diagnostics.xlf",
                               std::filesystem::copy_options::overwrite_existing);
    i18n::Catalogue catalogue = i18n::Catalogue::load(dir.string(), lang);
    std::filesystem::remove_all(dir);
    return catalogue;
}

// Every "diag.…" literal in the sources of model/ and readers/.
std::set<std::string> keysInSources() {
    std::set<std::string> keys;
    const std::regex literal("\"(diag\\.[a-z_.]+)\"");
    for (const char* dir : {"model", "readers"}) {
        for (const auto& entry : std::filesystem::directory_iterator(kSource + "/" + dir)) {
            if (entry.path().extension() != ".cpp") continue;
            const std::string code = fd::testing::fileBytes(entry.path().string());
            for (std::sregex_iterator it(code.begin(), code.end(), literal), end; it != end; ++it)
                keys.insert((*it)[1]);
        }
    }
    return keys;
}

TEST(DiagnosticMessagesTest, EveryKeyUsedInTheCodeHasAMessageInEveryLanguage) {
    const std::set<std::string> keys = keysInSources();
    ASSERT_GT(keys.size(), 50u);
    for (const std::string& lang : i18n::supportedLanguages()) {
        const i18n::Catalogue catalogue = diagnosticCatalogue(lang);
        for (const std::string& key : keys) EXPECT_TRUE(catalogue.has(key)) << lang << ": " << key;
    }
}

TEST(DiagnosticMessagesTest, TextLanguagesAreTheSupportedLanguages) {
    std::set<std::string> supported(i18n::supportedLanguages().begin(), i18n::supportedLanguages().end());
    std::set<std::string> text(readers::textLanguages().begin(), readers::textLanguages().end());
    EXPECT_EQ(text, supported);
}

// Diagnostics of many kinds, as really produced, to check their arguments against the messages.
Diagnostics sampleDiagnostics() {
    Diagnostics d;
    readWorkspace(fd::testing::fixturePath("workspaces/broken"), {}, d);
    readWorkspace(fd::testing::fixturePath("workspaces/fr-valid"), ReadOptions{"ebcdic"}, d);
    readWorkspace(fd::testing::fixturePath("csv"), {}, d);   // no organisation.xml, no courses.xml
    Workspace ws;
    ws.organisation.loc = SourceLoc{"organisation.xml", 1, {}};
    ws.organisation.siret = "12345678200010";
    ws.organisation.vatNumber = "FR12123456782";
    ws.organisation.address.postcode = "1";
    ws.organisation.verificationUrl = "https://x";
    ws.organisation.qualiopi = QualiopiCertification{"", "", {}, Date{2027, 1, 1}, Date{2026, 1, 1}};
    Course c;
    c.id = "C";
    c.deliveryMode = DeliveryMode::Distance;
    c.lastUpdate = Date{2030, 1, 1};
    c.totalHours = Hours{100};
    c.modules.resize(1);
    c.groupMin = 3;
    c.groupMax = 2;
    c.certification = CertifyingData{};
    c.certification->code = "RNCP1";
    c.certification->blocks = {{"RNCP2BC01", {}}};
    ws.courses = {c, c};
    Session s;
    s.id = "S";
    s.courseId = "C";
    s.start = Date{2026, 2, 1};
    s.end = Date{2026, 1, 1};
    s.mode = DeliveryMode::WorkBased;
    ws.sessions = {s};
    Trainee t;
    t.id = "T";
    t.sessionId = "S";
    t.hoursAttended = Hours{500};
    t.satisfaction = 9;
    t.idDocumentType = "cc";
    t.idDocumentNumber = "X";
    t.certification = CertificationResult::Obtained;
    ws.trainees = {t};
    validateWorkspace(ws, Date{2026, 3, 1}, d);
    ws.organisation.jurisdiction = Jurisdiction::PT;
    ws.organisation.nif = "512345679";
    ws.courses[0].cnaef = "999";
    ws.courses[0].modules[0].code = "1";
    validateWorkspace(ws, Date{2026, 3, 1}, d);
    return d;
}

TEST(DiagnosticMessagesTest, ProducedDiagnosticsFormatInEveryLanguage) {
    const Diagnostics diagnostics = sampleDiagnostics();
    std::set<std::string> kinds;
    for (const std::string& lang : i18n::supportedLanguages()) {
        const i18n::Catalogue catalogue = diagnosticCatalogue(lang);
        for (const Diagnostic& d : diagnostics.items()) {
            kinds.insert(d.key);
            i18n::Args args;
            for (const auto& [name, value] : d.args) args[name] = value;
            for (const std::string& name : catalogue.argumentNames(d.key))
                EXPECT_TRUE(d.args.count(name)) << lang << ": " << d.key << " needs {" << name << "}";
            EXPECT_FALSE(catalogue.format(d.key, args).empty()) << lang << ": " << d.key;
        }
    }
    EXPECT_GT(kinds.size(), 30u);   // the sample really covers many kinds of problem
}

}  // namespace
}  // namespace fd
