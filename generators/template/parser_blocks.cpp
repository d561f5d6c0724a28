// Block elements of templates: headings, paragraphs, lists, facts, tables, notices… (see
// docs/templates.md). Part of the Parser declared in parser_impl.h.
#include <algorithm>
#include <memory>

#include "generators/template/parser_impl.h"

namespace fd::tmpl {

Node Parser::parseBlock(const pugi::xml_node& node, const std::string& parent) {
    const std::string name = node.name();
    if (name == "heading") {
        Node result = withInlines(Element::Heading, node, {"level", "anchor", "toc", "bookmark"});
        doc::Heading heading;
        heading.level = level(node, "level", 2);
        heading.anchor = node.attribute("anchor").value();
        heading.tocEntry = boolean(node, "toc", true);
        heading.bookmark = boolean(node, "bookmark", true);
        result.prototype = heading;
        return result;
    }
    if (name == "p") {
        Node result = withInlines(Element::Paragraph, node, {"style", "align"});
        doc::Paragraph paragraph;
        paragraph.style = style(node);
        paragraph.align = align(node, doc::Align::Justify);
        result.prototype = paragraph;
        return result;
    }
    if (name == "list") {
        allowAttributes(node, {"numbered"});
        Node result = make(Element::List, node);
        doc::List list;
        list.numbered = boolean(node, "numbered", false);
        result.prototype = list;
        result.children = parseContent(node, Content::Items);
        return result;
    }
    if (name == "facts") {
        allowAttributes(node, {"key-width"});
        Node result = make(Element::Facts, node);
        doc::KeyValueTable facts;
        facts.keyFraction = number(node, "key-width", facts.keyFraction, 1);
        result.prototype = facts;
        result.children = parseContent(node, Content::FactRows);
        return result;
    }
    if (name == "table") return parseTable(node);
    if (name == "notice" || name == "keep-together") {
        allowAttributes(node, {});
        Node result = make(name == "notice" ? Element::Notice : Element::KeepTogether, node);
        result.children = parseContent(node, Content::Blocks);
        return result;
    }
    if (name == "spacer") {
        allowAttributes(node, {"height"});
        expectEmpty(node);
        Node result = make(Element::Spacer, node);
        doc::Spacer spacer;
        spacer.height = number(node, "height", spacer.height, 800);
        result.prototype = spacer;
        return result;
    }
    if (name == "page-break" || name == "rule" || name == "identity") {
        allowAttributes(node, {});
        expectEmpty(node);
        const Element element =
            name == "page-break" ? Element::PageBreak : name == "rule" ? Element::Rule : Element::Identity;
        Node result = make(element, node);
        if (element == Element::PageBreak) result.prototype = doc::PageBreak{};
        if (element == Element::Rule) result.prototype = doc::Rule{};
        return result;
    }
    if (name == "signature") {
        allowAttributes(node, {"name", "image", "align"});
        Node result = make(Element::Signature, node);
        result.path = path(node, "name", kTextKinds, "text");
        if (node.attribute("image")) result.imagePath = path(node, "image", kTextKinds, "text");
        doc::Signature signature;
        signature.align = align(node, signature.align);
        result.prototype = signature;
        parseParts(node, result, {"place-date", "capacity", "label"});
        return result;
    }
    if (name == "qr") {
        allowAttributes(node, {"data", "size", "align"});
        Node result = make(Element::Qr, node);
        result.path = path(node, "data", kTextKinds, "text");
        doc::QrCode qr;
        qr.size = number(node, "size", qr.size, 400);
        qr.align = align(node, qr.align);
        result.prototype = qr;
        parseParts(node, result, {"caption"});
        return result;
    }
    if (name == "checkboxes") {
        allowAttributes(node, {});
        Node result = make(Element::Checkboxes, node);
        result.prototype = doc::Checkboxes{};
        result.children = parseContent(node, Content::Boxes);
        return result;
    }
    if (name == "image") {
        allowAttributes(node, {"src", "width", "height", "align"});
        expectEmpty(node);
        Node result = make(Element::Image, node);
        result.path = path(node, "src", kTextKinds, "text");
        doc::Image image;
        image.width = number(node, "width", 0, 1200);
        image.height = number(node, "height", 0, 1200);
        image.align = align(node, image.align);
        result.prototype = image;
        return result;
    }
    if (name == "toc") {
        Node result = withInlines(Element::Toc, node, {"max-level"});
        doc::Toc toc;
        toc.maxLevel = level(node, "max-level", toc.maxLevel);
        result.prototype = toc;
        return result;
    }
    fail(node, "diag.template.unknown_element", {{"element", name}, {"parent", parent}});
}

Node Parser::parseFactRow(const pugi::xml_node& node) {
    allowAttributes(node, {});
    Node row = make(Element::FactRow, node);
    parseParts(node, row, {"key", "value"});
    for (const char* part : {"key", "value"})
        if (!row.parts.count(part))
            fail(node, "diag.template.missing_element", {{"element", part}, {"parent", "row"}});
    return row;
}

Node Parser::parseTable(const pugi::xml_node& node) {
    allowAttributes(node, {"repeat-header", "zebra"});
    Node result = make(Element::Table, node);
    doc::Table table;
    table.repeatHeader = boolean(node, "repeat-header", true);
    table.zebra = boolean(node, "zebra", true);
    result.prototype = table;

    std::vector<Node>& columns = result.parts["columns"];
    for (const pugi::xml_node& child : node.children()) {
        if (!checkText(child, false)) continue;
        const std::string name = child.name();
        if (name == "column") {
            if (!result.children.empty() || result.parts.count("footer"))
                fail(child, "diag.template.misplaced_element", {{"element", name}, {"parent", "table"}});
            Node column = withInlines(Element::Column, child, {"weight", "align"});
            column.column.weight = number(child, "weight", 1, 100);
            column.column.align = align(child, doc::Align::Left);
            columns.push_back(std::move(column));
            continue;
        }
        if (columns.empty())
            fail(child, "diag.template.missing_element", {{"element", "column"}, {"parent", "table"}});
        tableColumns_.push_back(columns.size());
        if (name == "footer") {
            if (result.parts.count("footer")) fail(child, "diag.template.duplicate_element", {{"element", name}});
            allowAttributes(child, {});
            result.parts["footer"] = parseCells(child);
        } else {
            result.children.push_back(parseElement(child, "table", Content::TableRows));
        }
        tableColumns_.pop_back();
    }
    if (columns.empty()) fail(node, "diag.template.missing_element", {{"element", "column"}, {"parent", "table"}});
    return result;
}

Node Parser::parseTableRow(const pugi::xml_node& node) {
    allowAttributes(node, {});
    Node row = make(Element::Row, node);
    row.children = parseCells(node);
    return row;
}

// The cells of a row or footer: exactly one per column.
std::vector<Node> Parser::parseCells(const pugi::xml_node& node) {
    std::vector<Node> cells;
    for (const pugi::xml_node& child : node.children()) {
        if (!checkText(child, false)) continue;
        if (std::string(child.name()) != "cell")
            fail(child, "diag.template.unknown_element", {{"element", child.name()}, {"parent", node.name()}});
        cells.push_back(withInlines(Element::Cell, child, {}));
    }
    if (cells.size() != tableColumns_.back())
        fail(node, "diag.template.cell_count",
             {{"found", std::to_string(cells.size())}, {"expected", std::to_string(tableColumns_.back())}});
    return cells;
}

}  // namespace fd::tmpl
