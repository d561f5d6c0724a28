// `formadoc programme` on both sample workspaces, checked with independent tools: qpdf for the
// PDF structure, pdffonts for font embedding, pdftotext for what a reader sees. Expected values
// come from the samples' own courses.xml, not from formadoc.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "e2e_support.h"

namespace fd::e2e {
namespace {

// 2026-11-21 09:00 UTC: upcoming sessions, certification validity and "today" are pinned.
const std::string kEpoch = "SOURCE_DATE_EPOCH=1795251600";
const std::vector<std::string> kLanguages = {"fr", "pt", "en"};

// ---- The samples' courses, read with plain regular expressions -----------------------------

struct Price {
    long cents = 0;
};

struct CourseFacts {
    std::string id;
    std::string hours;                              // as written: "21", "3.5"
    std::string lastUpdate;                         // YYYY-MM-DD
    std::map<std::string, std::string> title;       // by language
    std::map<std::string, std::string> accessibility;
    std::vector<Price> prices;
};

std::string xmlUnescape(std::string s) {
    const std::pair<const char*, const char*> entities[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                                                            {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, character] : entities)
        for (size_t at = s.find(entity); at != std::string::npos; at = s.find(entity, at + 1))
            s.replace(at, std::string(entity).size(), character);
    return s;
}

std::string attribute(const std::string& tag, const std::string& name) {
    std::smatch m;
    if (std::regex_search(tag, m, std::regex("\\b" + name + "=\"([^\"]*)\""))) return m[1];
    return {};
}

// The <text xml:lang="…"> children of the first <element> directly inside `course`.
std::map<std::string, std::string> texts(const std::string& course, const std::string& element) {
    std::map<std::string, std::string> byLang;
    std::smatch block;
    if (!std::regex_search(course, block, std::regex("<" + element + ">([\\s\\S]*?)</" + element + ">"))) return byLang;
    const std::string inner = block[1];
    const std::regex text("<text xml:lang=\"([a-z]+)\">([\\s\\S]*?)</text>");
    for (std::sregex_iterator it(inner.begin(), inner.end(), text), end; it != end; ++it)
        byLang[(*it)[1]] = xmlUnescape((*it)[2]);
    return byLang;
}

std::vector<CourseFacts> readCourses(const std::string& workspace) {
    const std::string xml = readFile(workspace + "/courses.xml");
    std::vector<CourseFacts> courses;
    const std::regex courseRe("(<course [^>]*>)([\\s\\S]*?)</course>");
    for (std::sregex_iterator it(xml.begin(), xml.end(), courseRe), end; it != end; ++it) {
        const std::string tag = (*it)[1], body = (*it)[2];
        CourseFacts c;
        c.id = attribute(tag, "id");
        c.hours = attribute(tag, "hours");
        c.lastUpdate = attribute(tag, "last-update");
        // Module titles are nested deeper, after the course's own title: the first match is the course's.
        c.title = texts(body, "title");
        c.accessibility = texts(body, "accessibility");
        const std::regex priceRe("<price [^>]*cents=\"([0-9]+)\"");
        for (std::sregex_iterator p(body.begin(), body.end(), priceRe); p != end; ++p)
            c.prices.push_back(Price{std::stol((*p)[1])});
        courses.push_back(c);
    }
    return courses;
}

// ---- How each locale writes hours, dates and amounts ------------------------------------

// "21" -> "21 heures"; "3.5" -> "3,5 heures" (FR-FMT-10, PT-FMT-05, EN-04).
std::string hoursText(const std::string& hours, const std::string& lang) {
    std::string number = hours;
    if (lang != "en")
        for (char& c : number)
            if (c == '.') c = ',';
    const bool one = hours == "1";
    if (lang == "fr") return number + (one ? " heure" : " heures");
    if (lang == "pt") return number + (one ? " hora" : " horas");
    return number + (one ? " hour" : " hours");
}

std::string longDate(const std::string& iso, const std::string& lang) {
    static const char* fr[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                               "août", "septembre", "octobre", "novembre", "décembre"};
    static const char* pt[] = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                               "agosto", "setembro", "outubro", "novembro", "dezembro"};
    static const char* en[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};
    const int year = std::stoi(iso.substr(0, 4)), month = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
    const std::string d = std::to_string(day), y = std::to_string(year);
    if (lang == "fr") return d + ' ' + fr[month - 1] + ' ' + y;
    if (lang == "pt") return d + " de " + pt[month - 1] + " de " + y;
    return d + ' ' + en[month - 1] + ' ' + y;
}

// Groups of three digits: fr "3 200,00 €", en "€3,200.00"; pt_PT groups only from five digits
// on ("3200,00 €", "12 500,00 €"), as CLDR says.
std::string amountText(long cents, const std::string& lang) {
    const std::string units = std::to_string(cents / 100);
    const std::string separator = lang == "en" ? "," : " ";
    std::string grouped;
    const bool group = lang != "pt" || units.size() >= 5;
    for (size_t i = 0; i < units.size(); ++i) {
        if (group && i > 0 && (units.size() - i) % 3 == 0) grouped += separator;
        grouped += units[i];
    }
    char fraction[4];
    std::snprintf(fraction, sizeof fraction, "%02ld", cents % 100);
    if (lang == "en") return "€" + grouped + "." + fraction;
    return grouped + "," + fraction + " €";
}

std::string firstWords(const std::string& text, int count) {
    std::istringstream in(text);
    std::string word, out;
    for (int i = 0; i < count && in >> word; ++i) out += (i ? " " : "") + word;
    return out;
}

// ---- The two samples, generated once ---------------------------------------------------

struct Sample {
    std::string name;
    std::string prevailing;                              // the language with legal standing
    std::map<std::string, std::string> legalMention;     // NDA (FR) or DGERT (PT) sentence, by language
    std::map<std::string, std::string> vatMention;       // by language
    std::map<std::string, std::string> translationNotice;   // by language, when it is a translation
    std::string selfNotice;                              // the notice as it would read in the prevailing language
    std::vector<CourseFacts> courses;
    std::string out;
};

std::vector<Sample>& samples() {
    static std::vector<Sample> all = [] {
        Sample fr;
        fr.name = "fr-organisme";
        fr.prevailing = "fr";
        fr.legalMention = {
            {"fr", "Enregistré sous le numéro 52 44 08712 44 auprès du préfet de région Pays de la Loire. "
                   "Cet enregistrement ne vaut pas agrément de l’État."},
            {"pt", "Registado sob o número 52 44 08712 44 junto do prefeito da região Pays de la Loire. "
                   "Este registo não constitui acreditação pelo Estado francês."},
            {"en", "Registered under number 52 44 08712 44 with the regional prefect of Pays de la Loire. "
                   "This registration does not constitute approval by the French State."}};
        fr.vatMention = {{"fr", "TVA non applicable – article 261-4-4° a du CGI"},
                         {"pt", "IVA não aplicável – article 261-4-4° a du CGI"},
                         {"en", "VAT not applicable – article 261-4-4° a du CGI"}};
        fr.translationNotice = {{"pt", "Tradução – prevalece a versão francesa"},
                                {"en", "Translation – the French version prevails"}};
        fr.selfNotice = "Traduction – seule la version française fait foi";
        Sample pt;
        pt.name = "pt-entidade";
        pt.prevailing = "pt";
        pt.legalMention = {{"pt", "Entidade formadora certificada pela DGERT"},
                           {"fr", "Entité de formation certifiée par la DGERT"},
                           {"en", "Training entity certified by DGERT"}};
        pt.vatMention = {{"pt", "Isento de IVA nos termos do artigo 9.º, n.º 10 do CIVA"},
                         {"fr", "Exonéré de TVA en application de l’artigo 9.º, n.º 10 do CIVA"},
                         {"en", "Exempt from VAT under artigo 9.º, n.º 10 do CIVA"}};
        pt.translationNotice = {{"fr", "Traduction – seule la version portugaise fait foi"},
                                {"en", "Translation – the Portuguese version prevails"}};
        pt.selfNotice = "Tradução – prevalece a versão portuguesa";
        std::vector<Sample> list{fr, pt};
        for (Sample& s : list) {
            s.courses = readCourses(sampleDir(s.name));
            s.out = makeTempDir("programme-" + s.name) + "/out";
            const CommandResult r = runFormadoc({"programme", sampleDir(s.name), "--out", s.out}, {kEpoch});
            if (r.exitCode != 0) ADD_FAILURE() << "formadoc programme " << s.name << " exited " << r.exitCode << '\n' << r.err;
        }
        return list;
    }();
    return all;
}

std::string pdfPath(const Sample& s, const CourseFacts& c, const std::string& lang) {
    return s.out + "/programmes/" + c.id + "." + lang + ".pdf";
}

// Calls `check` on every generated programme, with a trace naming it.
template <class Check>
void forEachProgramme(Check check) {
    for (const Sample& s : samples()) {
        ASSERT_FALSE(s.courses.empty()) << s.name;
        for (const CourseFacts& c : s.courses)
            for (const std::string& lang : kLanguages) {
                SCOPED_TRACE(s.name + " " + c.id + "." + lang);
                const std::string pdf = pdfPath(s, c, lang);
                ASSERT_TRUE(exists(pdf)) << pdf;
                check(s, c, lang, pdf);
            }
    }
}

// ---- Tests -----------------------------------------------------------------------------

TEST(ProgrammeE2E, EveryCourseInEveryLanguageIsAValidPdf) {
    forEachProgramme([](const Sample&, const CourseFacts&, const std::string&, const std::string& pdf) {
        const CommandResult r = runShell("qpdf --check " + shellQuote(pdf));
        EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    });
}

TEST(ProgrammeE2E, OnlyEmbeddedSubsetFonts) {
    forEachProgramme([](const Sample&, const CourseFacts&, const std::string&, const std::string& pdf) {
        const CommandResult r = runShell("pdffonts " + shellQuote(pdf));
        ASSERT_EQ(r.exitCode, 0) << r.err;
        std::istringstream lines(r.out);
        std::string line;
        int fonts = 0;
        for (int n = 0; std::getline(lines, line); ++n) {
            if (n < 2 || line.empty()) continue;   // column titles and the dashed rule
            ++fonts;
            // name type [encoding…] emb sub uni object ID: read the yes/no columns from the right.
            std::vector<std::string> words;
            std::istringstream in(line);
            for (std::string w; in >> w;) words.push_back(w);
            ASSERT_GE(words.size(), 6u) << line;
            const size_t n5 = words.size();
            EXPECT_EQ(words[n5 - 5], "yes") << "not embedded: " << line;
            EXPECT_EQ(words[n5 - 4], "yes") << "not a subset: " << line;
            EXPECT_TRUE(std::regex_search(words[0], std::regex("^[A-Z]{6}\\+"))) << line;
        }
        EXPECT_GT(fonts, 0);
    });
}

TEST(ProgrammeE2E, OneToThreePagesPerCourse) {
    forEachProgramme([](const Sample&, const CourseFacts&, const std::string&, const std::string& pdf) {
        const CommandResult r = runShell("qpdf --show-npages " + shellQuote(pdf));
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const int pages = std::atoi(r.out.c_str());
        EXPECT_GE(pages, 1);
        EXPECT_LE(pages, 3) << "a programme must stay short enough to be read";
    });
}

TEST(ProgrammeE2E, TitleHoursPricesAccessibilityAndUpdateDateAsTheReaderSeesThem) {
    forEachProgramme([](const Sample& s, const CourseFacts& c, const std::string& lang, const std::string& pdf) {
        const std::string text = normaliseSpaces(pdfText(pdf));
        const auto has = [&text](const std::string& what) { return text.find(normaliseSpaces(what)) != std::string::npos; };
        EXPECT_TRUE(has(c.title.at(lang))) << "FR-PROG-01 / PT-PROG-01: course title " << c.title.at(lang);
        EXPECT_TRUE(has(hoursText(c.hours, lang))) << "FR-PROG-06 / PT-PROG-07: " << hoursText(c.hours, lang);
        for (const Price& price : c.prices)
            EXPECT_TRUE(has(amountText(price.cents, lang))) << "FR-PROG-09 / PT-PROG-13: " << amountText(price.cents, lang);
        EXPECT_TRUE(has(s.vatMention.at(lang))) << "FR-FMT-05 / PT-FMT-04: " << s.vatMention.at(lang);
        const std::string accessibility = firstWords(c.accessibility.at(lang), 4);
        EXPECT_TRUE(has(accessibility)) << "FR-PROG-13: " << accessibility;
        EXPECT_TRUE(has(longDate(c.lastUpdate, lang))) << "FR-PROG-21 / PT-PROG-13: " << longDate(c.lastUpdate, lang);
    });
}

TEST(ProgrammeE2E, NdaSentenceForTheFrenchSampleAndDgertMentionForThePortugueseOne) {
    forEachProgramme([](const Sample& s, const CourseFacts&, const std::string& lang, const std::string& pdf) {
        const std::string text = normaliseSpaces(pdfText(pdf));
        const std::string mention = normaliseSpaces(s.legalMention.at(lang));
        EXPECT_NE(text.find(mention), std::string::npos)
            << (s.prevailing == "fr" ? "FR-FMT-01 (NDA): " : "PT-FMT-01 (DGERT): ") << mention;
    });
}

TEST(ProgrammeE2E, TranslationNoticeExactlyWhenNotInThePrevailingLanguage) {
    forEachProgramme([](const Sample& s, const CourseFacts&, const std::string& lang, const std::string& pdf) {
        const std::string text = normaliseSpaces(pdfText(pdf));
        const bool translation = lang != s.prevailing;
        EXPECT_EQ(s.translationNotice.count(lang) == 1, translation);
        for (const auto& [noticeLang, notice] : s.translationNotice) {
            const bool shown = text.find(normaliseSpaces(notice)) != std::string::npos;
            EXPECT_EQ(shown, noticeLang == lang) << "EN-02 / FR-FMT-09 / PT-FMT-03: " << notice;
        }
        EXPECT_EQ(text.find(normaliseSpaces(s.selfNotice)), std::string::npos) << "the original is no translation";
    });
}

TEST(ProgrammeE2E, SameSourceDateEpochGivesTheSameBytes) {
    for (const Sample& s : samples()) {
        SCOPED_TRACE(s.name);
        const std::string again = makeTempDir("programme-again") + "/out";
        const CommandResult r = runFormadoc({"programme", sampleDir(s.name), "--out", again}, {kEpoch});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::vector<std::string> first = listFiles(s.out), second = listFiles(again);
        ASSERT_EQ(first, second);
        ASSERT_EQ(first.size(), s.courses.size() * kLanguages.size());
        for (const std::string& file : first)
            EXPECT_TRUE(readFile(s.out + "/" + file) == readFile(again + "/" + file)) << file << " differs between runs";
    }
}

}  // namespace
}  // namespace fd::e2e
