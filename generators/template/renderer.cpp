#include "generators/template/renderer.h"

#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "generators/common/identity.h"
#include "generators/template/articles.h"

namespace fd::tmpl {

namespace {

struct RunStyle {
    bool bold = false;
    bool italic = false;
    std::string link;
};

class Renderer {
public:
    Renderer(const Bindings& roots, RenderContext& context) : bindings_(roots), context_(context) {}

    Rendered render(const ParsedTemplate& parsed) {
        Rendered rendered;
        // Numbers first: document texts and any article may refer to a later article.
        articleNumbers_ = numberArticles(parsed, bindings_, context_.env);
        articleLabelKey_ = parsed.articleLabelKey;
        referenceLabelKey_ = parsed.referenceLabelKey;
        rendered.articles = articleNumbers_;
        gen::DocumentTexts& texts = rendered.texts;
        texts.title = documentText(parsed, "title");
        texts.subject = documentText(parsed, "subject");
        texts.keywords = documentText(parsed, "keywords");
        texts.headerRight = documentText(parsed, "header-right");
        texts.footerLeft = documentText(parsed, "footer-left");
        texts.footerCenter = documentText(parsed, "footer-center");
        texts.pageLabelKey = parsed.pageLabelKey;
        rendered.page = parsed.page;

        for (const Node& section : parsed.sections) {
            if (section.condition && !holds(*section.condition, bindings_, context_.env)) continue;
            const std::size_t before = rendered.blocks.size();
            pendingAnchor_ = section.id;   // the section's first heading becomes its link target
            pendingArticle_ = section.article ? articleNumbers_.at(section.id) : 0;   // …and numbered
            blocks(section.children, rendered.blocks);
            pendingAnchor_.clear();
            pendingArticle_ = 0;
            if (rendered.blocks.size() > before) {
                rendered.sections.push_back(section.id);
                rendered.sectionStarts.push_back(before);
            }
        }
        return rendered;
    }

private:
    // ---- Control flow: <if> and <each> around any kind of content ----------------------------
    template <class Leaf>
    void walk(const std::vector<Node>& nodes, Leaf&& leaf) {
        for (const Node& node : nodes) {
            if (node.element == Element::If) {
                if (holds(*node.condition, bindings_, context_.env)) walk(node.children, leaf);
            } else if (node.element == Element::Each) {
                const Value list = evaluate(*node.path, bindings_, context_.env);
                for (const Value& item : std::get<ValueList>(list.data)) {
                    bindings_.push(node.variable, item);
                    walk(node.children, leaf);
                    bindings_.pop();
                }
            } else {
                leaf(node);
            }
        }
    }

    // ---- Values --------------------------------------------------------------------------------
    std::string localized(const LocalizedValue& value) {
        return value.text ? context_.picker.pick(*value.text, value.origin) : std::string();
    }

    // A printable value as people read it in the output language.
    std::string display(const Value& value) {
        const i18n::Formatter& fmt = context_.l10n.fmt();
        struct Visitor {
            Renderer& r;
            const i18n::Formatter& fmt;
            std::string operator()(const std::string& s) const { return s; }
            std::string operator()(const LocalizedValue& l) const { return r.localized(l); }
            std::string operator()(const Hours& h) const { return r.context_.l10n.hours(h); }
            std::string operator()(const Money& m) const { return fmt.money(m.cents); }
            std::string operator()(const Date& d) const { return d.empty() ? std::string() : fmt.date(d); }
            std::string operator()(int64_t i) const { return fmt.integer(i); }
            // Loading rejects the others in printable positions.
            std::string operator()(bool) const { return {}; }
            std::string operator()(const RecordValue&) const { return {}; }
            std::string operator()(const ValueList&) const { return {}; }
        };
        return std::visit(Visitor{*this, fmt}, value.data);
    }

    // A message argument: integers stay numbers (plural rules), booleans become true/false and
    // enums their value (select), everything else its displayed text.
    i18n::Arg argument(const Value& value) {
        if (const auto* integer = std::get_if<int64_t>(&value.data)) return *integer;
        if (const auto* flag = std::get_if<bool>(&value.data)) return std::string(*flag ? "true" : "false");
        return display(value);
    }

    // `articles` receives the ids of the articles the message refers to, in the order of their
    // markers in the returned text (see articles.h).
    std::string message(const Node& node, std::vector<std::string>& articles) {
        i18n::Args args;
        for (const auto& argument : node.args) {
            if (!argument.article.empty()) {
                args.emplace(argument.name, referenceMarker(articles.size()));
                articles.push_back(argument.article);
                continue;
            }
            args.emplace(argument.name, this->argument(evaluate(argument.path, bindings_, context_.env)));
        }
        if (!node.keyPath) return context_.l10n.msg(node.key, args);
        // An enum of an absent record has no value, hence no message.
        const std::string choice = std::get<std::string>(evaluate(*node.keyPath, bindings_, context_.env).data);
        return choice.empty() ? std::string() : context_.l10n.msg(node.key + choice + node.keySuffix, args);
    }

    std::string text(const Path& path) { return display(evaluate(path, bindings_, context_.env)); }

    // ---- Articles ------------------------------------------------------------------------------
    int articleNumber(const std::string& id) const {
        auto it = articleNumbers_.find(id);
        // Loading only accepts references that hold wherever their article does.
        if (it == articleNumbers_.end()) throw std::logic_error("reference to an absent article: " + id);
        return it->second;
    }

    // "Article 7 – Discipline": the article label around the heading's own text.
    doc::Inlines articleTitle(int number, const doc::Inlines& title) {
        return doc::plain(context_.l10n.msg(articleLabelKey_, {{"number", int64_t{number}}, {"title", plainText(title)}}));
    }

    // A message whose references become links to their articles ("see Article 7").
    void appendMessage(doc::Inlines& out, const Node& node, const RunStyle& style) {
        std::vector<std::string> articles;
        const std::string formatted = message(node, articles);
        if (articles.empty()) {
            append(out, formatted, style);
            return;
        }
        for (const MessagePiece& piece : splitAtReferenceMarkers(formatted)) {
            if (piece.reference == MessagePiece::kText) {
                append(out, piece.text, style);
                continue;
            }
            const std::string& id = articles.at(piece.reference);
            RunStyle linked = style;
            linked.link = '#' + id;
            append(out, context_.l10n.msg(referenceLabelKey_, {{"number", int64_t{articleNumber(id)}}}), linked);
        }
    }

    // ---- Inlines -------------------------------------------------------------------------------
    static void append(doc::Inlines& out, std::string text, const RunStyle& style) {
        if (text.empty()) return;
        doc::Run run;
        run.text = std::move(text);
        run.bold = style.bold;
        run.italic = style.italic;
        run.link = style.link;
        out.push_back(std::move(run));
    }

    // A space between inline elements, unless one is already there (an empty field between
    // two spaces must not leave a double space).
    static void appendSpace(doc::Inlines& out, const RunStyle& style) {
        if (out.empty() || out.back().text.empty() || out.back().text.back() == ' ') return;
        append(out, " ", style);
    }

    void inlines(const std::vector<Node>& nodes, const RunStyle& style, doc::Inlines& out) {
        walk(nodes, [&](const Node& node) {
            switch (node.element) {
            case Element::Space: appendSpace(out, style); break;
            case Element::Msg: appendMessage(out, node, style); break;
            case Element::Field: append(out, text(*node.path), style); break;
            case Element::Bold: {
                RunStyle bold = style;
                bold.bold = true;
                inlines(node.children, bold, out);
                break;
            }
            case Element::Italic: {
                RunStyle italic = style;
                italic.italic = true;
                inlines(node.children, italic, out);
                break;
            }
            case Element::Link: {
                const std::string target = text(*node.path);
                RunStyle linked = style;
                if (!target.empty()) linked.link = gen::linkTarget(target, node.scheme);
                if (node.children.empty()) append(out, target, linked);
                else inlines(node.children, linked, out);
                break;
            }
            default: break;
            }
        });
    }

    doc::Inlines inlines(const std::vector<Node>& nodes) {
        doc::Inlines out;
        inlines(nodes, RunStyle{}, out);
        while (!out.empty() && out.back().text == " ") out.pop_back();
        return out;
    }

    doc::Inlines part(const Node& node, const char* name) {
        auto it = node.parts.find(name);
        return it == node.parts.end() ? doc::Inlines{} : inlines(it->second);
    }

    std::string documentText(const ParsedTemplate& parsed, const char* name) {
        auto it = parsed.documentTexts.find(name);
        return it == parsed.documentTexts.end() ? std::string() : plainText(inlines(it->second));
    }

    // ---- Blocks --------------------------------------------------------------------------------
    void blocks(const std::vector<Node>& nodes, std::vector<doc::Block>& out) {
        walk(nodes, [&](const Node& node) { block(node, out); });
    }

    void block(const Node& node, std::vector<doc::Block>& out) {
        switch (node.element) {
        case Element::Heading: {
            auto heading = std::get<doc::Heading>(node.prototype);
            heading.text = inlines(node.children);
            // An article's heading always shows its number, even with an empty title: its
            // number is taken, and references to it must land somewhere.
            if (pendingArticle_ > 0) heading.text = articleTitle(pendingArticle_, heading.text);
            pendingArticle_ = 0;
            if (isBlank(heading.text)) return;
            if (heading.anchor.empty()) heading.anchor = pendingAnchor_;
            pendingAnchor_.clear();
            out.push_back(std::move(heading));
            return;
        }
        case Element::Paragraph: {
            auto paragraph = std::get<doc::Paragraph>(node.prototype);
            paragraph.text = inlines(node.children);
            if (!isBlank(paragraph.text)) out.push_back(std::move(paragraph));
            return;
        }
        case Element::List: {
            auto list = std::get<doc::List>(node.prototype);
            walk(node.children, [&](const Node& item) {
                doc::Inlines text = inlines(item.children);
                if (!isBlank(text)) list.items.push_back(std::move(text));
            });
            if (!list.items.empty()) out.push_back(std::move(list));
            return;
        }
        case Element::Facts: {
            auto facts = std::get<doc::KeyValueTable>(node.prototype);
            walk(node.children, [&](const Node& row) {
                doc::Inlines value = part(row, "value");
                if (!isBlank(value)) facts.rows.emplace_back(part(row, "key"), std::move(value));
            });
            if (!facts.rows.empty()) out.push_back(std::move(facts));
            return;
        }
        case Element::Table: table(node, out); return;
        case Element::Notice: {
            auto notice = std::make_shared<doc::Notice>();
            blocks(node.children, notice->blocks);
            if (!notice->blocks.empty()) out.push_back(std::move(notice));
            return;
        }
        case Element::KeepTogether: {
            auto group = std::make_shared<doc::KeepTogether>();
            blocks(node.children, group->blocks);
            if (!group->blocks.empty()) out.push_back(std::move(group));
            return;
        }
        case Element::Spacer:
        case Element::PageBreak:
        case Element::Rule: out.push_back(node.prototype); return;
        case Element::Signature: {
            auto signature = std::get<doc::Signature>(node.prototype);
            signature.name = text(*node.path);
            if (node.imagePath) signature.imagePath = text(*node.imagePath);
            signature.placeDate = part(node, "place-date");
            signature.capacity = part(node, "capacity");
            signature.label = part(node, "label");
            out.push_back(std::move(signature));
            return;
        }
        case Element::Qr: {
            auto qr = std::get<doc::QrCode>(node.prototype);
            qr.data = text(*node.path);
            qr.caption = part(node, "caption");
            if (!qr.data.empty()) out.push_back(std::move(qr));
            return;
        }
        case Element::Checkboxes: {
            auto boxes = std::get<doc::Checkboxes>(node.prototype);
            walk(node.children, [&](const Node& box) {
                boxes.items.emplace_back(inlines(box.children), holds(*box.condition, bindings_, context_.env));
            });
            if (!boxes.items.empty()) out.push_back(std::move(boxes));
            return;
        }
        case Element::Image: {
            auto image = std::get<doc::Image>(node.prototype);
            image.path = text(*node.path);
            if (!image.path.empty()) out.push_back(std::move(image));
            return;
        }
        case Element::Toc: {
            auto toc = std::get<doc::Toc>(node.prototype);
            toc.title = inlines(node.children);
            out.push_back(std::move(toc));
            return;
        }
        case Element::Identity:
            if (context_.env.workspace) out.push_back(gen::identityBlock(context_.env.workspace->organisation, context_.l10n));
            return;
        default: return;
        }
    }

    void table(const Node& node, std::vector<doc::Block>& out) {
        auto table = std::get<doc::Table>(node.prototype);
        for (const Node& columnNode : node.parts.at("columns")) {
            doc::Column column = columnNode.column;
            column.header = inlines(columnNode.children);
            table.columns.push_back(std::move(column));
        }
        walk(node.children, [&](const Node& row) {
            std::vector<doc::Inlines> cells;
            for (const Node& cell : row.children) cells.push_back(inlines(cell.children));
            table.rows.push_back(std::move(cells));
        });
        if (auto footer = node.parts.find("footer"); footer != node.parts.end())
            for (const Node& cell : footer->second) table.footer.push_back(inlines(cell.children));
        if (!table.rows.empty()) out.push_back(std::move(table));
    }

    Bindings bindings_;
    RenderContext& context_;
    std::string pendingAnchor_;
    int pendingArticle_ = 0;                       // the number the next heading takes, if any
    std::map<std::string, int> articleNumbers_;
    std::string articleLabelKey_, referenceLabelKey_;
};

}  // namespace

std::string plainText(const doc::Inlines& inlines) {
    std::string text;
    for (const auto& run : inlines) text += run.text;
    return text;
}

bool isBlank(const doc::Inlines& inlines) {
    for (const auto& run : inlines)
        if (run.text.find_first_not_of(' ') != std::string::npos) return false;
    return true;
}

Rendered renderTemplate(const ParsedTemplate& parsed, const Bindings& roots, RenderContext& context) {
    return Renderer(roots, context).render(parsed);
}

}  // namespace fd::tmpl
