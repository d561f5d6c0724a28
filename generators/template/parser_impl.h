// The template parser's internals, shared by parser.cpp (structure, content, inlines) and
// parser_blocks.cpp (block elements and tables). Not for use outside the parser.
#pragma once

#include <initializer_list>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "generators/template/element_reader.h"
#include "generators/template/node.h"
#include "generators/template/vocabulary.h"
#include "i18n/i18n.h"

namespace fd::tmpl {

// What an element may contain. <if> and <each> may appear in each of them, and contain the
// same kind of content as their parent.
enum class Content { Blocks, Inlines, Items, FactRows, TableRows, Boxes };

class Parser : private ElementReader {
public:
    Parser(std::string file, const std::string& xml, const Vocabulary& vocabulary, const i18n::Catalogue& messages);
    ParsedTemplate run();

private:
    // Paths, conditions, text (parser.cpp)
    Path path(const pugi::xml_node& node, const char* attribute, const std::vector<Kind>& accepted,
              const char* expected) const;
    Condition condition(const pugi::xml_node& node, const char* attribute) const;
    bool checkText(const pugi::xml_node& node, bool inlineContent, std::vector<Node>* out = nullptr) const;
    void expectEmpty(const pugi::xml_node& node) const;
    Node make(Element element, const pugi::xml_node& node) const;

    // Structure and content (parser.cpp)
    void parseDocument(const pugi::xml_node& node, ParsedTemplate& parsed);
    doc::PageSetup parsePage(const pugi::xml_node& node) const;
    void parseBody(const pugi::xml_node& node, ParsedTemplate& parsed);
    Node parseSection(const pugi::xml_node& node);
    std::vector<Node> parseContent(const pugi::xml_node& node, Content content);
    Node parseElement(const pugi::xml_node& node, const std::string& parent, Content content);
    Node parseIf(const pugi::xml_node& node, Content content);
    Node parseEach(const pugi::xml_node& node, Content content);
    Node withInlines(Element element, const pugi::xml_node& node, std::initializer_list<const char*> attributes);
    void parseParts(const pugi::xml_node& node, Node& result, std::initializer_list<const char*> names);

    // Inlines (parser.cpp)
    Node parseInline(const pugi::xml_node& node, const std::string& parent);
    Node parseMessage(const pugi::xml_node& node);
    std::string messageKey(const pugi::xml_node& node) const;

    // Blocks (parser_blocks.cpp)
    Node parseBlock(const pugi::xml_node& node, const std::string& parent);
    Node parseFactRow(const pugi::xml_node& node);
    Node parseTable(const pugi::xml_node& node);
    Node parseTableRow(const pugi::xml_node& node);
    std::vector<Node> parseCells(const pugi::xml_node& node);

    // Numbered articles and references to them (parser_articles.cpp)
    void parseLabel(const pugi::xml_node& node, std::string& key, std::initializer_list<const char*> arguments);
    MessageArgument parseReference(const pugi::xml_node& node, const std::string& argument, const std::string& value);
    void checkArticleHeading(const pugi::xml_node& node, const Node& article) const;
    void checkArticles(const pugi::xml_node& root, const ParsedTemplate& parsed) const;

    const std::string& xml_;
    const Vocabulary& vocabulary_;
    const i18n::Catalogue& messages_;
    Scope scope_;                                  // roots, then the enclosing loops' variables
    std::set<std::string> sectionIds_;
    std::vector<std::size_t> tableColumns_;        // column count of the enclosing tables
    std::vector<std::string> conditions_;          // conditions of the enclosing section and <if>s
    // A reference "#id" waits for the end of the body, since it may point forward.
    struct PendingReference {
        pugi::xml_node node;
        std::string article;
        std::vector<std::string> conditions;       // conditions_ where it was written
    };
    std::vector<PendingReference> references_;
};

// The kinds of value accepted where a path is printed, passed to a message, or named elsewhere.
extern const std::vector<Kind> kPrintableKinds;   // <field>
extern const std::vector<Kind> kArgumentKinds;    // <msg> arguments
extern const std::vector<Kind> kTextKinds;        // <link>, <image src>, <qr data>, <signature name>
extern const std::vector<Kind> kListKinds;        // <each in>

}  // namespace fd::tmpl
