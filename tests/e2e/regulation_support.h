// What the regulation end-to-end tests read besides the PDFs: the articles of the default
// templates with the requirement IDs they declare, and the catalogue texts of their headings,
// so that each requirement is checked through the template rather than a phrase typed here.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace fd::e2e {

struct TemplateArticle {
    std::string id;
    std::vector<std::string> requirements;
    std::string condition;      // "" when always present
    std::string headingKey;     // the message of its heading
};

// The <article>s of templates/<kind>/<name>.xml, in order.
std::vector<TemplateArticle> templateArticles(const std::string& kind, const std::string& name);

// The text of `key` in locales/<lang>/<file>.xlf (the target, or the source in English).
std::string catalogueText(const std::string& file, const std::string& lang, const std::string& key);

// The heading of an article as printed, with its number left open: a regex over text passed
// through comparable() that matches "Article 7 – Discipline" in the language's own label.
std::string articleHeadingPattern(const std::string& lang, const std::string& title);

// Spaces collapsed (normaliseSpaces) and line breaks after a hyphen undone, so that headings
// and phrases match however the lines were broken.
std::string comparable(const std::string& text);

// Every match of `pattern` in `text`.
size_t countMatches(const std::string& text, const std::string& pattern);

// A copy of the sample workspace `name` in a fresh temporary folder; returns its path.
std::string copySample(const std::string& name, const std::string& tag);
void writeFile(const std::string& path, const std::string& content);
// `text` with its only occurrence of `from` replaced (fails the test when not exactly once).
std::string replaceOnce(const std::string& text, const std::string& from, const std::string& to);

}  // namespace fd::e2e
