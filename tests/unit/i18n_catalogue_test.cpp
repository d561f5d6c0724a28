// Catalogue: loading XLIFF folders, formatting with named arguments, and the errors that must
// name the file and line.
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "i18n/i18n.h"
#include "i18n_test_support.h"

namespace fd::i18n {
namespace {

using testing::i18nErrorOf;
using testing::TempDir;
using testing::unit;
using testing::xliff;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(I18nCatalogue, LoadsEveryFileOfTheLanguage) {
    TempDir dir;
    dir.write("fr/b.xlf", xliff("fr", unit("b.hello", "Hello {name}", "Bonjour {name}")));
    dir.write("fr/a.xlf", xliff("fr", unit("a.one", "One", "Un") + unit("a.two", "Two", "Deux")));
    dir.write("fr/notes.txt", "not a catalogue");
    dir.write("en/a.xlf", xliff("en", unit("a.one", "One")));

    const Catalogue fr = Catalogue::load(dir.path(), "fr");
    EXPECT_EQ(fr.lang(), "fr");
    EXPECT_EQ(fr.keys(), (std::vector<std::string>{"a.one", "a.two", "b.hello"}));
    EXPECT_TRUE(fr.has("a.two"));
    EXPECT_FALSE(fr.has("a.three"));
    EXPECT_EQ(fr.pattern("b.hello"), "Bonjour {name}");
    EXPECT_EQ(fr.format("a.two"), "Deux");
    EXPECT_EQ(fr.format("b.hello", {{"name", std::string("Inês")}}), "Bonjour Inês");
    EXPECT_EQ(fr.origin("a.two"), dir.path() + "/fr/a.xlf:5");
    EXPECT_EQ(fr.origin("b.hello"), dir.path() + "/fr/b.xlf:4");

    const Catalogue en = Catalogue::load(dir.path(), "en");  // source-only file: <source> is the message
    EXPECT_EQ(en.format("a.one"), "One");
}

TEST(I18nCatalogue, FormatsNamedArgumentsOfEveryType) {
    TempDir dir;
    dir.write("fr/m.xlf", xliff("fr", unit("m.summary", "x",
                                           "{who} a suivi {n, plural, one {# heure} other {# heures}} ; taux {rate, number, percent}")));
    const Catalogue fr = Catalogue::load(dir.path(), "fr");
    EXPECT_EQ(fr.format("m.summary", {{"who", std::string("Léa")}, {"n", int64_t{1}}, {"rate", 0.5}}),
              "Léa a suivi 1 heure ; taux 50\u00A0%");
    EXPECT_EQ(fr.format("m.summary", {{"who", std::string("Léa")}, {"n", 1.5}, {"rate", 1.0}, {"unused", int64_t{3}}}),
              "Léa a suivi 1,5 heure ; taux 100\u00A0%");
    EXPECT_EQ(fr.format("m.summary", {{"who", std::string("Léa")}, {"n", int64_t{1250}}, {"rate", 0.0}}),
              "Léa a suivi 1\u202F250 heures ; taux 0\u00A0%");
}

// Formatting keeps per-thread copies of ICU's formats and the text of messages without
// arguments: a catalogue loaded after another one, with other texts under the same keys (maybe
// at the same addresses), must never be served the first one's.
TEST(I18nCatalogue, ACatalogueLoadedAgainFormatsItsOwnTexts) {
    for (const auto& [greeting, fixed] : {std::pair<std::string, std::string>{"Bonjour", "l''été"}, {"Salut", "l''hiver"}}) {
        TempDir dir;
        dir.write("fr/a.xlf", xliff("fr", unit("a.hello", "Hello {name}", greeting + " {name}") +
                                              unit("a.season", "the season", fixed)));
        const Catalogue fr = Catalogue::load(dir.path(), "fr");
        for (int twice = 0; twice < 2; ++twice) {
            EXPECT_EQ(fr.format("a.hello", {{"name", std::string("Inês")}}), greeting + " Inês");
            EXPECT_EQ(fr.format("a.season"), fixed == "l''été" ? "l'été" : "l'hiver");
        }
    }
}

TEST(I18nCatalogue, ArgumentNamesIncludeNestedOnes) {
    TempDir dir;
    dir.write("en/m.xlf", xliff("en", unit("m.nested", "{b} {n, plural, one {{c}} other {{a} {b} #}} {k, select, x {{d}} other {}}") +
                                      unit("m.plain", "No argument")));
    const Catalogue en = Catalogue::load(dir.path(), "en");
    EXPECT_EQ(en.argumentNames("m.nested"), (std::vector<std::string>{"a", "b", "c", "d", "k", "n"}));
    EXPECT_TRUE(en.argumentNames("m.plain").empty());
    EXPECT_THROW(en.argumentNames("m.absent"), I18nError);
}

TEST(I18nCatalogue, UnknownKeyAndMissingArgumentAreErrors) {
    TempDir dir;
    dir.write("en/m.xlf", xliff("en", unit("m.page", "Page {page} of {pages}")));
    const Catalogue en = Catalogue::load(dir.path(), "en");
    EXPECT_TRUE(contains(i18nErrorOf([&] { en.format("m.absent"); }), "\"m.absent\""));
    EXPECT_TRUE(contains(i18nErrorOf([&] { en.pattern("m.absent"); }), "\"m.absent\""));
    EXPECT_TRUE(contains(i18nErrorOf([&] { en.origin("m.absent"); }), "\"m.absent\""));
    const std::string missing = i18nErrorOf([&] { en.format("m.page", {{"page", int64_t{1}}}); });
    EXPECT_TRUE(contains(missing, "\"pages\"")) << missing;
    EXPECT_TRUE(contains(missing, "m.xlf:4")) << missing;
}

TEST(I18nCatalogue, TextForAPluralArgumentIsAnError) {
    TempDir dir;
    dir.write("en/m.xlf", xliff("en", unit("m.hours", "{n, plural, one {# hour} other {# hours}}")));
    const Catalogue en = Catalogue::load(dir.path(), "en");
    const std::string error = i18nErrorOf([&] { en.format("m.hours", {{"n", std::string("two")}}); });
    EXPECT_TRUE(contains(error, "\"m.hours\"")) << error;
}

TEST(I18nCatalogue, MalformedXmlNamesFileAndLine) {
    TempDir dir;
    const std::string file = dir.write("fr/bad.xlf", xliff("fr", unit("k.one", "One", "Un") +
                                                                  "    <unit id=\"k.two\"><segment><source>Two</source></segmnt></unit>\n"));
    const std::string error = i18nErrorOf([&] { Catalogue::load(dir.path(), "fr"); });
    EXPECT_TRUE(contains(error, file + ":5:")) << error;
    EXPECT_TRUE(contains(error, "malformed XML")) << error;
}

TEST(I18nCatalogue, DuplicateKeyAcrossFilesNamesBothPlaces) {
    TempDir dir;
    const std::string first = dir.write("pt/a.xlf", xliff("pt", unit("k.same", "Same", "Igual")));
    const std::string second = dir.write("pt/b.xlf", xliff("pt", unit("k.other", "Other", "Outro") + unit("k.same", "Same", "Mesmo")));
    const std::string error = i18nErrorOf([&] { Catalogue::load(dir.path(), "pt"); });
    EXPECT_TRUE(contains(error, second + ":5:")) << error;
    EXPECT_TRUE(contains(error, first + ":4")) << error;
    EXPECT_TRUE(contains(error, "\"k.same\"")) << error;
}

TEST(I18nCatalogue, InvalidPatternsNameFileLineAndKey) {
    const std::vector<std::string> badPatterns = {
        "Bonjour {name",                            // unbalanced brace
        "{n, plural, one {# heure}}",               // plural without "other"
        "{n, colour}",                              // unknown argument type
        "Page {0} sur {1}",                         // numbered arguments
    };
    for (const std::string& pattern : badPatterns) {
        TempDir dir;
        const std::string file = dir.write("fr/p.xlf", xliff("fr", unit("k.ok", "Fine", "Bien") +
                                                                     "    <unit id=\"k.bad\">\n"
                                                                     "      <segment><source>x</source>\n"
                                                                     "        <target>" + pattern + "</target></segment>\n"
                                                                     "    </unit>\n"));
        const std::string error = i18nErrorOf([&] { Catalogue::load(dir.path(), "fr"); });
        EXPECT_TRUE(contains(error, file + ":7:")) << pattern << " -> " << error;
        EXPECT_TRUE(contains(error, "\"k.bad\"")) << pattern << " -> " << error;
    }
}

TEST(I18nCatalogue, StructuralErrorsNameFileAndLine) {
    struct Case { std::string content; int line; std::string what; };
    const std::vector<Case> cases = {
        {xliff("fr", unit("k.untranslated", "Untranslated")), 4, "no <target>"},
        {xliff("fr", "    <unit><segment><source>x</source><target>y</target></segment></unit>\n"), 4, "id"},
        {xliff("fr", "    <unit id=\"k.a\">\n      <notes/>\n    </unit>\n"), 4, "no <segment>"},
        {xliff("fr", unit("k.a", "A <b>bold</b> word", "Un mot <b>gras</b>")), 4, "inline markup"},
        {xliff("fr", "    <unit id=\"k.a\"><segment><source>a</source><target>b</target><target>c</target></segment></unit>\n"), 4, "several <target>"},
        {xliff("pt", unit("k.a", "A", "Um")), 2, "\"pt\""},   // a Portuguese file in the fr folder
        {"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"/></xliff>\n", 2, "version"},
        {"<?xml version=\"1.0\"?>\n<catalogue/>\n", 2, "<xliff>"},
    };
    for (const Case& c : cases) {
        TempDir dir;
        const std::string file = dir.write("fr/s.xlf", c.content);
        const std::string error = i18nErrorOf([&] { Catalogue::load(dir.path(), "fr"); });
        EXPECT_TRUE(contains(error, file + ":" + std::to_string(c.line) + ":")) << c.what << " -> " << error;
        EXPECT_TRUE(contains(error, c.what)) << c.what << " -> " << error;
    }
}

TEST(I18nCatalogue, MissingFolderOrLanguageIsAnError) {
    TempDir dir;
    EXPECT_TRUE(contains(i18nErrorOf([&] { Catalogue::load(dir.path(), "fr"); }), dir.path() + "/fr"));
    dir.write("en/readme.txt", "no catalogue here");
    EXPECT_TRUE(contains(i18nErrorOf([&] { Catalogue::load(dir.path(), "en"); }), "no .xlf file"));
    EXPECT_THROW(Catalogue::load(dir.path(), "es"), I18nError);
}

TEST(I18nCatalogue, ConcurrentFormattingGivesTheSameResults) {
    // icu::MessageFormat fills caches on first use: several threads start on a fresh catalogue.
    TempDir dir;
    dir.write("fr/m.xlf", xliff("fr", unit("m.hours", "x", "{n, plural, one {# heure} other {# heures}} pour {who}")));
    const Catalogue fr = Catalogue::load(dir.path(), "fr");
    const auto expected = [](int i) {
        return std::to_string(i) + (i < 2 ? " heure" : " heures") + " pour T" + std::to_string(i);
    };

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 500; ++i) {
                const std::string text = fr.format("m.hours", {{"n", int64_t{i}}, {"who", "T" + std::to_string(i)}});
                if (text != expected(i)) ++mismatches;
            }
        });
    }
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace fd::i18n
