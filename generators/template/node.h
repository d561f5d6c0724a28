// A loaded template: the tree of elements, checked and with every path resolved, that the
// renderer walks. Block elements keep their static attributes in a prototype doc block
// (heading level, paragraph style, column weights…) that rendering copies and fills.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "generators/common/links.h"
#include "generators/template/condition.h"
#include "generators/template/path.h"

namespace fd::tmpl {

enum class Element {
    // structure
    Section, If, Each,
    // blocks
    Heading, Paragraph, List, Facts, Table, Notice, KeepTogether, Spacer, PageBreak, Rule,
    Signature, Qr, Checkboxes, Image, Toc, Identity,
    // parts of blocks
    Item, FactRow, Column, Row, Cell, Box,
    // inlines
    Space, Msg, Field, Bold, Italic, Link,
};

struct MessageArgument {
    std::string name;
    Path path;
    std::string article;                      // "#id": a reference to that article instead of a path
};

struct Node {
    Element element = Element::Paragraph;
    int line = 0;
    // The content: blocks, list items, rows, cells, boxes or inlines, depending on the element.
    std::vector<Node> children;
    // Named inline parts: "key"/"value" of a facts row; "place-date", "capacity", "label" of a
    // signature; "caption" of a qr code. Tables keep their "columns" and "footer" cells here.
    std::map<std::string, std::vector<Node>> parts;

    doc::Block prototype;                     // block elements
    doc::Column column;                       // <column>

    std::string id;                           // <section>, <article>
    bool article = false;                     // <article>: a numbered section
    std::vector<std::string> requirements;    // <section requires>
    std::string variable;                     // <each as>
    std::string key;                          // <msg>; with a placeholder, the part before it
    std::string keySuffix;                    // <msg key="mode.{course.deliveryMode}">: after it
    std::optional<Path> keyPath;              //   …and the enum field that completes the key
    std::vector<MessageArgument> args;        // <msg>
    std::optional<Path> path;                 // <field>, <link>, <each in>, <image src>, <qr data>, <signature name>
    std::optional<Path> imagePath;            // <signature image>
    std::optional<Condition> condition;       // <section if>, <if test>, <box checked>
    gen::LinkScheme scheme = gen::LinkScheme::Web;   // <link>
};

// One section as `formadoc check` sees it.
struct SectionInfo {
    std::string id;
    std::vector<std::string> requirements;    // e.g. FR-PROG-03
    std::string condition;                    // "" when always present
    int line = 0;
    bool article = false;                     // an <article>: numbered, a target of references
};

struct ParsedTemplate {
    std::string file;
    std::string kind;
    // <document>: "title", "subject", "keywords", "header-right", "footer-left", "footer-center".
    std::map<std::string, std::vector<Node>> documentTexts;
    std::string pageLabelKey;
    doc::PageSetup page;                      // <page>: orientation, margins, frame
    std::string articleLabelKey;              // <article-label>: {number} and {title}
    std::string referenceLabelKey;            // <reference-label>: {number}
    std::vector<Node> sections;
    std::vector<SectionInfo> sectionInfo;
};

}  // namespace fd::tmpl
