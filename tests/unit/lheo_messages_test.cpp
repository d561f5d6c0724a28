// Every message key the LHEO code uses exists in every language, and every diagnostic the import
// and export really produce carries the arguments its message needs.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <unistd.h>

#include "i18n/i18n.h"
#include "lheo/lheo_export.h"
#include "lheo/lheo_import.h"
#include "lheo_test_support.h"
#include "readers/workspace_reader.h"

namespace fd::lheo {
namespace {

using namespace fd::lheo::testing;

const std::string kSource = FORMADOC_SOURCE_DIR;

// locales/<lang>/lheo.xlf and diagnostics.xlf (whose diag.* keys the import reuses) alone, so that
// a problem in another team's catalogue file neither hides nor causes a failure here.
i18n::Catalogue lheoCatalogue(const std::string& lang) {
    const auto dir = std::filesystem::temp_directory_path() / ("formadoc-lheo-msg-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / lang);
    for (const char* file : {"lheo.xlf", "diagnostics.xlf"})
        std::filesystem::copy_file(kSource + "/locales/" + lang + "/" + file, dir / lang / file,
                                   std::filesystem::copy_options::overwrite_existing);
    i18n::Catalogue catalogue = i18n::Catalogue::load(dir.string(), lang);
    std::filesystem::remove_all(dir);
    return catalogue;
}

std::set<std::string> keysInSources() {
    std::set<std::string> keys;
    const std::regex literal("\"((?:lheo|diag)\\.[a-z_.]+)\"");
    for (const auto& entry : std::filesystem::directory_iterator(kSource + "/lheo")) {
        if (entry.path().extension() != ".cpp") continue;
        const std::string code = readAll(entry.path().string());
        for (std::sregex_iterator it(code.begin(), code.end(), literal), end; it != end; ++it) keys.insert((*it)[1]);
    }
    return keys;
}

TEST(LheoMessagesTest, EveryKeyUsedInTheCodeHasAMessageInEveryLanguage) {
    const std::set<std::string> keys = keysInSources();
    ASSERT_GT(keys.size(), 20u);
    for (const std::string& lang : i18n::supportedLanguages()) {
        const i18n::Catalogue catalogue = lheoCatalogue(lang);
        for (const std::string& key : keys) EXPECT_TRUE(catalogue.has(key)) << lang << ": " << key;
    }
}

// Diagnostics of many kinds, as the import and export produce them.
Diagnostics producedDiagnostics() {
    Diagnostics d;
    ScratchDir scratch;
    importLheo(fixture("offre-2.2.xml"), scratch.file("a"), d);
    importLheo(fixture("offre-2.2.xml"), scratch.file("a"), d);   // collisions
    importLheo(fixture("latin1.xml"), scratch.file("b"), d);
    writeAll(scratch.file("bad.xml"), "<catalogue/>");
    importLheo(scratch.file("bad.xml"), scratch.file("c"), d);
    if (std::filesystem::is_directory(corpusDir()))
        for (const char* name : {"exemple-photographe.xml", "exemple-bts-onisep.xml", "exemple-conseiller-insertion.xml",
                                 "exemple-leger.xml"})
            importLheo(corpusFile(name), scratch.file("corpus"), d);
    Diagnostics read;
    if (auto ws = readWorkspace(sample("fr-organisme"), {}, read)) {
        ws->courses[0].totalHours = Hours{750};
        lheoXml(*ws, d);
    }
    return d;
}

TEST(LheoMessagesTest, ProducedDiagnosticsFormatInEveryLanguage) {
    const Diagnostics diagnostics = producedDiagnostics();
    std::set<std::string> kinds;
    for (const std::string& lang : i18n::supportedLanguages()) {
        const i18n::Catalogue catalogue = lheoCatalogue(lang);
        for (const Diagnostic& d : diagnostics.items()) {
            kinds.insert(d.key);
            i18n::Args args;
            for (const auto& [name, value] : d.args) args[name] = value;
            for (const std::string& name : catalogue.argumentNames(d.key))
                EXPECT_TRUE(d.args.count(name)) << lang << ": " << d.key << " needs {" << name << "}";
            EXPECT_FALSE(catalogue.format(d.key, args).empty()) << lang << ": " << d.key;
        }
    }
    EXPECT_GE(kinds.size(), 15u);   // the sample really covers many kinds of report
}

}  // namespace
}  // namespace fd::lheo
