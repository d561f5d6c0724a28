// Numbered articles and the references to them (see "Articles and references" in
// docs/templates.md). Part of the Parser declared in parser_impl.h.
//
// A reference is checked so that it can never dangle in a rendered document: it names an
// <article> of the same template, and when that article has a condition, the reference is
// written where the same condition already holds (inside the same section condition or <if>).
#include <algorithm>

#include "generators/template/parser_impl.h"

namespace fd::tmpl {

// <article-label key="…"/>, <reference-label key="…"/>: once each, a message that takes no
// arguments but `arguments`.
void Parser::parseLabel(const pugi::xml_node& node, std::string& key, std::initializer_list<const char*> arguments) {
    if (!key.empty()) fail(node, "diag.template.duplicate_element", {{"element", node.name()}});
    allowAttributes(node, {"key"});
    expectEmpty(node);
    key = messageKey(node);
    for (const auto& argument : messages_.argumentNames(key))
        if (std::none_of(arguments.begin(), arguments.end(), [&](const char* a) { return argument == a; }))
            fail(node, "diag.template.unbound_argument", {{"key", key}, {"argument", argument}});
}

// A message argument written "#id": the reference to article `id`, resolved when rendering.
MessageArgument Parser::parseReference(const pugi::xml_node& node, const std::string& argument,
                                       const std::string& value) {
    MessageArgument result;
    result.name = argument;
    result.article = value.substr(1);
    if (result.article.empty()) badValue(node, argument.c_str(), "#article-id");
    references_.push_back(PendingReference{node, result.article, conditions_});
    return result;
}

// The article's title is its first heading, which its number prefixes: it must come first.
void Parser::checkArticleHeading(const pugi::xml_node& node, const Node& article) const {
    if (article.children.empty() || article.children.front().element != Element::Heading)
        fail(node, "diag.template.missing_element", {{"element", "heading"}, {"parent", "article"}});
}

void Parser::checkArticles(const pugi::xml_node& root, const ParsedTemplate& parsed) const {
    const bool hasArticles = std::any_of(parsed.sectionInfo.begin(), parsed.sectionInfo.end(),
                                         [](const SectionInfo& s) { return s.article; });
    if (hasArticles && parsed.articleLabelKey.empty())
        fail(root, "diag.template.missing_element", {{"element", "article-label"}, {"parent", "document"}});
    if (!references_.empty() && parsed.referenceLabelKey.empty())
        fail(references_.front().node, "diag.template.missing_element",
             {{"element", "reference-label"}, {"parent", "document"}});

    for (const PendingReference& reference : references_) {
        const auto target = std::find_if(parsed.sectionInfo.begin(), parsed.sectionInfo.end(),
                                         [&](const SectionInfo& s) { return s.id == reference.article; });
        if (target == parsed.sectionInfo.end() || !target->article)
            fail(reference.node, "diag.template.unknown_article", {{"id", reference.article}});
        if (target->condition.empty()) continue;
        const bool guarded = std::find(reference.conditions.begin(), reference.conditions.end(),
                                       target->condition) != reference.conditions.end();
        if (!guarded)
            fail(reference.node, "diag.template.conditional_reference",
                 {{"id", reference.article}, {"condition", target->condition}});
    }
}

}  // namespace fd::tmpl
