#include "generators/template/parser.h"

#include <algorithm>

#include "generators/template/error.h"
#include "generators/template/parser_impl.h"

namespace fd::tmpl {

const std::vector<Kind> kPrintableKinds{Kind::Text, Kind::Localized, Kind::Hours, Kind::Money, Kind::Date, Kind::Integer};
const std::vector<Kind> kArgumentKinds{Kind::Text, Kind::Localized, Kind::Hours, Kind::Money,
                                       Kind::Date, Kind::Integer, Kind::Bool, Kind::Enum};
const std::vector<Kind> kTextKinds{Kind::Text};
const std::vector<Kind> kListKinds{Kind::List};

namespace {

bool isSectionId(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// "FR-PROG-03", "EN-02": upper-case words, then a number, joined by hyphens.
bool isRequirementId(const std::string& id) {
    std::vector<std::string> parts;
    std::string::size_type start = 0;
    for (auto dash = id.find('-');; dash = id.find('-', start)) {
        parts.push_back(id.substr(start, dash == std::string::npos ? std::string::npos : dash - start));
        if (dash == std::string::npos) break;
        start = dash + 1;
    }
    if (parts.size() < 2) return false;
    auto all = [](const std::string& s, bool (*accept)(char)) {
        return !s.empty() && std::all_of(s.begin(), s.end(), accept);
    };
    for (std::size_t i = 0; i + 1 < parts.size(); ++i)
        if (!all(parts[i], [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
    return all(parts.back(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text + ' ') {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

// The texts of <document>, each at most once.
const std::vector<std::string> kDocumentTexts{"title", "subject", "keywords", "header-right", "footer-left", "footer-center"};

}  // namespace

Parser::Parser(std::string file, const std::string& xml, const Vocabulary& vocabulary, const i18n::Catalogue& messages)
    : ElementReader(std::move(file), xml), xml_(xml), vocabulary_(vocabulary), messages_(messages) {
    for (const auto& [name, type] : vocabulary_.roots) scope_.push(name, type);
}

ParsedTemplate Parser::run() {
    pugi::xml_document document;
    const pugi::xml_parse_result result =
        document.load_buffer(xml_.data(), xml_.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!result)
        throw TemplateError(file(), lineAt(static_cast<std::size_t>(result.offset)), "", "diag.template.malformed",
                            {{"detail", result.description()}});

    const pugi::xml_node root = document.document_element();
    if (std::string(root.name()) != "template") fail(root, "diag.template.wrong_root", {{"element", root.name()}});
    allowAttributes(root, {"kind"});
    ParsedTemplate parsed;
    parsed.file = file();
    parsed.kind = required(root, "kind");
    if (parsed.kind != vocabulary_.kind)
        fail(root, "diag.template.wrong_kind", {{"found", parsed.kind}, {"expected", vocabulary_.kind}});

    bool seenDocument = false, seenBody = false;
    for (const pugi::xml_node& child : root.children()) {
        if (!checkText(child, false)) continue;
        const std::string name = child.name();
        if (name == "document") {
            if (seenDocument) fail(child, "diag.template.duplicate_element", {{"element", name}});
            seenDocument = true;
            parseDocument(child, parsed);
        } else if (name == "body") {
            if (seenBody) fail(child, "diag.template.duplicate_element", {{"element", name}});
            seenBody = true;
            parseBody(child, parsed);
        } else {
            fail(child, "diag.template.unknown_element", {{"element", name}, {"parent", "template"}});
        }
    }
    if (!seenBody) fail(root, "diag.template.missing_element", {{"element", "body"}, {"parent", "template"}});
    checkArticles(root, parsed);
    return parsed;
}

// ---- Paths, conditions, text ----------------------------------------------------------

Path Parser::path(const pugi::xml_node& node, const char* attribute, const std::vector<Kind>& accepted,
                  const char* expected) const {
    const std::string text = required(node, attribute);
    auto resolved = resolvePath(text, scope_);
    if (auto* problem = std::get_if<PathProblem>(&resolved)) fail(node, problem->key, problem->args);
    Path result = std::get<Path>(std::move(resolved));
    if (std::find(accepted.begin(), accepted.end(), result.type.kind) == accepted.end())
        fail(node, "diag.template.wrong_type", {{"path", text}, {"type", result.type.describe()}, {"expected", expected}});
    return result;
}

Condition Parser::condition(const pugi::xml_node& node, const char* attribute) const {
    auto parsed = parseCondition(required(node, attribute), scope_);
    if (auto* problem = std::get_if<PathProblem>(&parsed)) fail(node, problem->key, problem->args);
    return std::get<Condition>(std::move(parsed));
}

// True for an element; false for text that may be ignored; fails on literal text, which
// would escape translation (every word comes from a message). In inline content, blanks
// between two elements are one space (parseContent drops those at the start and end).
bool Parser::checkText(const pugi::xml_node& node, bool inlineContent, std::vector<Node>* out) const {
    if (node.type() == pugi::node_element) return true;
    if (node.type() != pugi::node_pcdata && node.type() != pugi::node_cdata) return false;
    if (!isBlank(node.value())) fail(node, "diag.template.literal_text", {{"text", node.value()}});
    if (inlineContent && out) {
        Node space;
        space.element = Element::Space;
        space.line = lineOf(node);
        out->push_back(std::move(space));
    }
    return false;
}

void Parser::expectEmpty(const pugi::xml_node& node) const {
    for (const pugi::xml_node& child : node.children())
        if (checkText(child, false))
            fail(child, "diag.template.unknown_element", {{"element", child.name()}, {"parent", node.name()}});
}

Node Parser::make(Element element, const pugi::xml_node& node) const {
    Node result;
    result.element = element;
    result.line = lineOf(node);
    return result;
}

// ---- Document, body, sections, content ---------------------------------------------------

void Parser::parseDocument(const pugi::xml_node& node, ParsedTemplate& parsed) {
    allowAttributes(node, {});
    bool seenPageLabel = false, seenPage = false;
    for (const pugi::xml_node& child : node.children()) {
        if (!checkText(child, false)) continue;
        const std::string name = child.name();
        const bool isText = std::find(kDocumentTexts.begin(), kDocumentTexts.end(), name) != kDocumentTexts.end();
        if (isText) {
            if (parsed.documentTexts.count(name)) fail(child, "diag.template.duplicate_element", {{"element", name}});
            allowAttributes(child, {});
            parsed.documentTexts[name] = parseContent(child, Content::Inlines);
        } else if (name == "article-label") {
            parseLabel(child, parsed.articleLabelKey, {"number", "title"});
        } else if (name == "reference-label") {
            parseLabel(child, parsed.referenceLabelKey, {"number"});
        } else if (name == "page-label") {
            if (seenPageLabel) fail(child, "diag.template.duplicate_element", {{"element", name}});
            seenPageLabel = true;
            allowAttributes(child, {"key"});
            expectEmpty(child);
            parsed.pageLabelKey = messageKey(child);
            for (const auto& argument : messages_.argumentNames(parsed.pageLabelKey))
                if (argument != "page" && argument != "pages")
                    fail(child, "diag.template.unbound_argument", {{"key", parsed.pageLabelKey}, {"argument", argument}});
        } else if (name == "page") {
            if (seenPage) fail(child, "diag.template.duplicate_element", {{"element", name}});
            seenPage = true;
            parsed.page = parsePage(child);
        } else {
            fail(child, "diag.template.unknown_element", {{"element", name}, {"parent", "document"}});
        }
    }
}

// <page orientation="landscape" frame="true" margin-top="…"/>: what the default A4 portrait
// page with running header and footer does not suit (certificates). Margins in points.
doc::PageSetup Parser::parsePage(const pugi::xml_node& node) const {
    allowAttributes(node, {"orientation", "frame", "margin-top", "margin-bottom", "margin-left", "margin-right"});
    expectEmpty(node);
    doc::PageSetup page;
    const std::string orientation = node.attribute("orientation") ? node.attribute("orientation").value() : "portrait";
    if (orientation == "landscape") page.orientation = doc::Orientation::Landscape;
    else if (orientation != "portrait") badValue(node, "orientation", "portrait|landscape");
    page.frame = boolean(node, "frame", page.frame);
    constexpr double kMaxMargin = 200;   // a quarter of the short side of A4 at most
    page.marginTop = number(node, "margin-top", page.marginTop, kMaxMargin);
    page.marginBottom = number(node, "margin-bottom", page.marginBottom, kMaxMargin);
    page.marginLeft = number(node, "margin-left", page.marginLeft, kMaxMargin);
    page.marginRight = number(node, "margin-right", page.marginRight, kMaxMargin);
    return page;
}

void Parser::parseBody(const pugi::xml_node& node, ParsedTemplate& parsed) {
    allowAttributes(node, {});
    for (const pugi::xml_node& child : node.children()) {
        if (!checkText(child, false)) continue;
        const std::string name = child.name();
        if (name != "section" && name != "article")
            fail(child, "diag.template.unknown_element", {{"element", child.name()}, {"parent", "body"}});
        parsed.sections.push_back(parseSection(child));
        const Node& section = parsed.sections.back();
        parsed.sectionInfo.push_back(SectionInfo{section.id, section.requirements,
                                                 section.condition ? section.condition->text : std::string(),
                                                 section.line, section.article});
    }
}

Node Parser::parseSection(const pugi::xml_node& node) {
    allowAttributes(node, {"id", "requires", "if"});
    Node section = make(Element::Section, node);
    section.id = required(node, "id");
    if (!isSectionId(section.id)) badValue(node, "id", "a-z 0-9 -");
    if (!sectionIds_.insert(section.id).second) fail(node, "diag.template.duplicate_section", {{"id", section.id}});
    for (const auto& id : splitWords(node.attribute("requires").value())) {
        if (!isRequirementId(id)) fail(node, "diag.template.bad_requirement", {{"id", id}});
        section.requirements.push_back(id);
    }
    if (node.attribute("if")) section.condition = condition(node, "if");
    section.article = std::string(node.name()) == "article";
    if (section.condition) conditions_.push_back(section.condition->text);
    section.children = parseContent(node, Content::Blocks);
    if (section.condition) conditions_.pop_back();
    if (section.article) checkArticleHeading(node, section);
    return section;
}

std::vector<Node> Parser::parseContent(const pugi::xml_node& node, Content content) {
    std::vector<Node> nodes;
    for (const pugi::xml_node& child : node.children()) {
        if (!checkText(child, content == Content::Inlines, &nodes)) continue;
        nodes.push_back(parseElement(child, node.name(), content));
    }
    while (!nodes.empty() && nodes.back().element == Element::Space) nodes.pop_back();
    if (!nodes.empty() && nodes.front().element == Element::Space) nodes.erase(nodes.begin());
    return nodes;
}

Node Parser::parseElement(const pugi::xml_node& node, const std::string& parent, Content content) {
    const std::string name = node.name();
    if (name == "if") return parseIf(node, content);
    if (name == "each") return parseEach(node, content);
    switch (content) {
    case Content::Blocks: return parseBlock(node, parent);
    case Content::Inlines: return parseInline(node, parent);
    case Content::Items:
        if (name == "item") return withInlines(Element::Item, node, {});
        break;
    case Content::FactRows:
        if (name == "row") return parseFactRow(node);
        break;
    case Content::TableRows:
        if (name == "row") return parseTableRow(node);
        break;
    case Content::Boxes:
        if (name == "box") {
            Node box = withInlines(Element::Box, node, {"checked"});
            box.condition = condition(node, "checked");
            return box;
        }
        break;
    }
    fail(node, "diag.template.unknown_element", {{"element", name}, {"parent", parent}});
}

Node Parser::parseIf(const pugi::xml_node& node, Content content) {
    allowAttributes(node, {"test"});
    Node result = make(Element::If, node);
    result.condition = condition(node, "test");
    conditions_.push_back(result.condition->text);
    result.children = parseContent(node, content);
    conditions_.pop_back();
    return result;
}

Node Parser::parseEach(const pugi::xml_node& node, Content content) {
    allowAttributes(node, {"in", "as"});
    Node result = make(Element::Each, node);
    result.path = path(node, "in", kListKinds, "list");
    result.variable = required(node, "as");
    if (!isIdentifier(result.variable)) badValue(node, "as", "name");
    if (scope_.find(result.variable)) fail(node, "diag.template.shadowed_name", {{"name", result.variable}});
    scope_.push(result.variable, *result.path->type.element);
    result.children = parseContent(node, content);
    scope_.pop();
    return result;
}

Node Parser::withInlines(Element element, const pugi::xml_node& node, std::initializer_list<const char*> attributes) {
    allowAttributes(node, attributes);
    Node result = make(element, node);
    result.children = parseContent(node, Content::Inlines);
    return result;
}

// Children that are named inline parts (<key>, <caption>…), each at most once.
void Parser::parseParts(const pugi::xml_node& node, Node& result, std::initializer_list<const char*> names) {
    for (const pugi::xml_node& child : node.children()) {
        if (!checkText(child, false)) continue;
        const std::string name = child.name();
        if (std::none_of(names.begin(), names.end(), [&](const char* n) { return name == n; }))
            fail(child, "diag.template.unknown_element", {{"element", name}, {"parent", node.name()}});
        if (result.parts.count(name)) fail(child, "diag.template.duplicate_element", {{"element", name}});
        allowAttributes(child, {});
        result.parts[name] = parseContent(child, Content::Inlines);
    }
}

// ---- Inlines -------------------------------------------------------------------------------

std::string Parser::messageKey(const pugi::xml_node& node) const {
    std::string key = required(node, "key");
    if (!messages_.has(key)) fail(node, "diag.template.unknown_message", {{"key", key}});
    return key;
}

// <msg key="…" arg="path"…/>. The key may hold one {path} to an enum field, completed by
// the field's value when rendering ("mode.{course.deliveryMode}"): every key it can become
// must exist, and the arguments must suit all of them.
Node Parser::parseMessage(const pugi::xml_node& node) {
    expectEmpty(node);
    Node result = make(Element::Msg, node);
    std::vector<std::string> keys;
    const std::string written = required(node, "key");
    const auto open = written.find('{');
    if (open == std::string::npos) {
        keys.push_back(messageKey(node));
        result.key = written;
    } else {
        const auto close = written.find('}', open);
        if (close == std::string::npos || written.find_first_of("{}", close + 1) != std::string::npos)
            badValue(node, "key", "prefix{path}suffix");
        const std::string pathText = written.substr(open + 1, close - open - 1);
        auto resolved = resolvePath(pathText, scope_);
        if (auto* problem = std::get_if<PathProblem>(&resolved)) fail(node, problem->key, problem->args);
        result.keyPath = std::get<Path>(std::move(resolved));
        if (result.keyPath->type.kind != Kind::Enum)
            fail(node, "diag.template.wrong_type",
                 {{"path", pathText}, {"type", result.keyPath->type.describe()}, {"expected", "enum"}});
        result.key = written.substr(0, open);
        result.keySuffix = written.substr(close + 1);
        for (const auto& value : result.keyPath->type.enumValues) {
            keys.push_back(result.key + value + result.keySuffix);
            if (!messages_.has(keys.back())) fail(node, "diag.template.unknown_message", {{"key", keys.back()}});
        }
    }

    std::set<std::string> arguments;
    for (const auto& key : keys)
        for (const auto& argument : messages_.argumentNames(key)) arguments.insert(argument);
    for (const pugi::xml_attribute& attribute : node.attributes()) {
        const std::string name = attribute.name();
        if (name == "key") continue;
        if (!arguments.count(name))
            fail(node, "diag.template.unknown_argument", {{"key", written}, {"argument", name}});
        if (attribute.value()[0] == '#') {
            result.args.push_back(parseReference(node, name, attribute.value()));
            continue;
        }
        result.args.push_back(MessageArgument{name, path(node, name.c_str(), kArgumentKinds, "argument"), {}});
    }
    for (const auto& argument : arguments) {
        const bool bound = std::any_of(result.args.begin(), result.args.end(),
                                       [&](const MessageArgument& a) { return a.name == argument; });
        if (!bound) fail(node, "diag.template.unbound_argument", {{"key", written}, {"argument", argument}});
    }
    return result;
}

Node Parser::parseInline(const pugi::xml_node& node, const std::string& parent) {
    const std::string name = node.name();
    if (name == "msg") return parseMessage(node);
    if (name == "field") {
        allowAttributes(node, {"path"});
        expectEmpty(node);
        Node result = make(Element::Field, node);
        result.path = path(node, "path", kPrintableKinds, "printable");
        return result;
    }
    if (name == "b") return withInlines(Element::Bold, node, {});
    if (name == "i") return withInlines(Element::Italic, node, {});
    if (name == "link") {
        Node result = withInlines(Element::Link, node, {"field", "scheme"});
        result.path = path(node, "field", kTextKinds, "text");
        const std::string scheme = node.attribute("scheme") ? node.attribute("scheme").value() : "web";
        if (scheme == "mailto") result.scheme = gen::LinkScheme::Email;
        else if (scheme == "tel") result.scheme = gen::LinkScheme::Phone;
        else if (scheme == "web") result.scheme = gen::LinkScheme::Web;
        else badValue(node, "scheme", "web|mailto|tel");
        return result;
    }
    fail(node, "diag.template.unknown_element", {{"element", name}, {"parent", parent}});
}

ParsedTemplate parseTemplate(const std::string& xml, const std::string& file, const Vocabulary& vocabulary,
                             const i18n::Catalogue& messages) {
    return Parser(file, xml, vocabulary, messages).run();
}

}  // namespace fd::tmpl
