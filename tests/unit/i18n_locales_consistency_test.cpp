// THE consistency test over the real catalogues in locales/: whatever files the team adds, every
// language has the same files and keys, messages take the same arguments everywhere, every
// message parses, and every translation repeats the current English source (a translation whose
// <source> differs from the English file is stale).
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "i18n/i18n.h"
#include "i18n/xliff.h"

namespace fd::i18n {
namespace {

const std::string kLocales = std::string(FORMADOC_SOURCE_DIR) + "/locales";
const std::string kReference = "en";  // the source language every translation follows

std::string fileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string folder(const std::string& lang) { return kLocales + "/" + lang; }

std::string joined(const std::vector<std::string>& problems) {
    std::ostringstream out;
    for (const std::string& p : problems) out << "\n  " << p;
    return out.str();
}

std::vector<std::string> translations() {
    std::vector<std::string> langs;
    for (const std::string& lang : supportedLanguages())
        if (lang != kReference) langs.push_back(lang);
    return langs;
}

// file name -> document, for one language folder.
std::map<std::string, XliffDocument> documents(const std::string& lang) {
    std::map<std::string, XliffDocument> docs;
    for (const std::string& path : listXliffFiles(folder(lang))) docs.emplace(fileName(path), readXliffFile(path));
    return docs;
}

TEST(I18nLocalesConsistency, EveryLanguageHasTheSameFiles) {
    std::set<std::string> reference;
    for (const std::string& path : listXliffFiles(folder(kReference))) reference.insert(fileName(path));
    ASSERT_FALSE(reference.empty());
    for (const std::string& lang : translations()) {
        std::set<std::string> files;
        for (const std::string& path : listXliffFiles(folder(lang))) files.insert(fileName(path));
        EXPECT_EQ(files, reference) << "locales/" << lang << " and locales/" << kReference << " differ";
    }
}

TEST(I18nLocalesConsistency, EveryCatalogueLoads) {
    // Loading parses every message with the language's locale and rejects duplicate keys.
    for (const std::string& lang : supportedLanguages()) {
        try {
            const Catalogue catalogue = Catalogue::load(kLocales, lang);
            EXPECT_FALSE(catalogue.keys().empty()) << lang;
        } catch (const I18nError& e) {
            ADD_FAILURE() << e.what();
        }
    }
}

TEST(I18nLocalesConsistency, EveryKeyExistsInEveryLanguageWithTheSameArguments) {
    const Catalogue reference = Catalogue::load(kLocales, kReference);
    for (const std::string& lang : translations()) {
        const Catalogue catalogue = Catalogue::load(kLocales, lang);
        std::vector<std::string> problems;
        for (const std::string& key : reference.keys()) {
            if (!catalogue.has(key)) {
                problems.push_back(key + " (" + reference.origin(key) + ") is missing in " + lang);
            } else if (catalogue.argumentNames(key) != reference.argumentNames(key)) {
                problems.push_back(catalogue.origin(key) + ": " + key + " does not use the arguments of " + reference.origin(key));
            }
        }
        for (const std::string& key : catalogue.keys())
            if (!reference.has(key)) problems.push_back(catalogue.origin(key) + ": " + key + " does not exist in " + kReference);
        EXPECT_TRUE(problems.empty()) << lang << ":" << joined(problems);
    }
}

TEST(I18nLocalesConsistency, TranslationsRepeatTheCurrentEnglishSource) {
    const std::map<std::string, XliffDocument> reference = documents(kReference);
    for (const auto& [name, doc] : reference)
        EXPECT_TRUE(doc.trgLang.empty()) << doc.path << ": English files hold only <source> (no trgLang)";

    for (const std::string& lang : translations()) {
        std::vector<std::string> problems;
        for (const auto& [name, doc] : documents(lang)) {
            if (primaryLanguage(doc.trgLang) != lang) problems.push_back(doc.path + ": trgLang must be \"" + lang + "\"");
            auto english = reference.find(name);
            if (english == reference.end()) continue;  // reported by EveryLanguageHasTheSameFiles
            std::map<std::string, const XliffUnit*> sources;
            for (const XliffUnit& u : english->second.units) sources.emplace(u.id, &u);
            for (const XliffUnit& u : doc.units) {
                const std::string at = doc.path + ":" + std::to_string(u.sourceLine) + ": " + u.id;
                auto found = sources.find(u.id);
                if (found == sources.end())
                    problems.push_back(at + " is not in " + english->second.path);
                else if (found->second->source != u.source)
                    problems.push_back(at + ": stale translation, the English source is now \"" + found->second->source + "\"");
            }
        }
        EXPECT_TRUE(problems.empty()) << lang << ":" << joined(problems);
    }
}

}  // namespace
}  // namespace fd::i18n
