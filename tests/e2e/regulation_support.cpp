#include "regulation_support.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "e2e_support.h"

namespace fd::e2e {

namespace {

std::string unescapeXml(std::string text) {
    const std::pair<const char*, const char*> entities[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                                                            {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, character] : entities)
        for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::string(entity).size(), character);
    return text;
}

std::string attribute(const std::string& element, const std::string& name) {
    std::smatch match;
    if (std::regex_search(element, match, std::regex("\\b" + name + "=\"([^\"]*)\""))) return match[1];
    return "";
}

std::string escapeRegex(const std::string& text) {
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    return std::regex_replace(text, special, R"(\$&)");
}

}  // namespace

std::vector<TemplateArticle> templateArticles(const std::string& kind, const std::string& name) {
    const std::string xml = readFile(sourceDir() + "/templates/" + kind + "/" + name + ".xml");
    const std::regex article(R"re((<article\b[^>]*>)\s*<heading[^>]*>\s*<msg key="([^"]+)"/>)re");
    std::vector<TemplateArticle> articles;
    for (std::sregex_iterator it(xml.begin(), xml.end(), article), end; it != end; ++it) {
        const std::string element = (*it)[1];
        TemplateArticle a;
        a.id = attribute(element, "id");
        a.condition = attribute(element, "if");
        a.headingKey = (*it)[2];
        const std::string requires = attribute(element, "requires");
        std::istringstream words(requires);
        for (std::string word; words >> word;) a.requirements.push_back(word);
        articles.push_back(a);
    }
    return articles;
}

std::string catalogueText(const std::string& file, const std::string& lang, const std::string& key) {
    const std::string xlf = readFile(sourceDir() + "/locales/" + lang + "/" + file + ".xlf");
    const std::regex unit("<unit id=\"" + escapeRegex(key) +
                          "\">\\s*<segment><source>([^<]*)</source>(?:<target>([^<]*)</target>)?");
    std::smatch match;
    if (!std::regex_search(xlf, match, unit)) {
        ADD_FAILURE() << key << " not in locales/" << lang << "/" << file << ".xlf";
        return "";
    }
    return unescapeXml(match[2].matched ? match[2].str() : match[1].str());
}

std::string comparable(const std::string& text) {
    return std::regex_replace(normaliseSpaces(text), std::regex("- "), "-");
}

std::string articleHeadingPattern(const std::string& lang, const std::string& title) {
    const std::string label = comparable(catalogueText("regulation", lang, "regulation.article.label"));
    const std::string numbered = std::regex_replace(escapeRegex(label), std::regex(R"(\\\{number\\\})"), "[0-9]+");
    return std::regex_replace(numbered, std::regex(R"(\\\{title\\\})"), escapeRegex(comparable(title)));
}

size_t countMatches(const std::string& text, const std::string& pattern) {
    const std::regex re(pattern);
    return static_cast<size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

std::string copySample(const std::string& name, const std::string& tag) {
    const std::string dir = makeTempDir(tag) + "/workspace";
    std::filesystem::copy(sampleDir(name), dir, std::filesystem::copy_options::recursive);
    return dir;
}

void writeFile(const std::string& path, const std::string& content) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

std::string replaceOnce(const std::string& text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    EXPECT_EQ(text.find(from, at + 1), std::string::npos) << from << " occurs more than once";
    if (at == std::string::npos) return text;
    return text.substr(0, at) + to + text.substr(at + from.size());
}

}  // namespace fd::e2e
