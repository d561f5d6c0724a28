// XLIFF 2.0 reading with pugixml; line numbers come from pugixml byte offsets.
#include "i18n/xliff.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <pugixml.hpp>

#include "i18n/i18n.h"

namespace fd::i18n {

namespace {

namespace fs = std::filesystem;

// Maps byte offsets (as pugixml reports them) to 1-based line numbers.
class LineIndex {
public:
    explicit LineIndex(const std::string& text) {
        lineStarts_.push_back(0);
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') lineStarts_.push_back(i + 1);
    }
    int lineOf(ptrdiff_t offset) const {
        if (offset < 0) return 0;
        auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), static_cast<size_t>(offset));
        return static_cast<int>(it - lineStarts_.begin());
    }

private:
    std::vector<size_t> lineStarts_;
};

bool isXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string collapseWhiteSpace(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (isXmlSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

bool preservesSpace(pugi::xml_node node) {
    for (; node; node = node.parent()) {
        pugi::xml_attribute space = node.attribute("xml:space");
        if (space) return std::strcmp(space.value(), "preserve") == 0;
    }
    return false;
}

class Reader {
public:
    Reader(std::string path, std::string content) : path_(std::move(path)), content_(std::move(content)), lines_(content_) {}

    XliffDocument read() {
        // parse_ws_pcdata_single keeps a text made only of spaces, so that it reaches the
        // white-space rule instead of vanishing silently.
        pugi::xml_document xml;
        pugi::xml_parse_result parsed = xml.load_buffer(content_.data(), content_.size(),
                                                        pugi::parse_default | pugi::parse_ws_pcdata_single,
                                                        pugi::encoding_utf8);
        if (!parsed) fail(lines_.lineOf(parsed.offset), std::string("malformed XML: ") + parsed.description());

        pugi::xml_node root = xml.document_element();
        if (std::strcmp(root.name(), "xliff") != 0) fail(root, "the root element must be <xliff>");
        if (std::strcmp(root.attribute("version").value(), "2.0") != 0) fail(root, "only XLIFF version=\"2.0\" is supported");
        XliffDocument doc;
        doc.path = path_;
        doc.srcLang = root.attribute("srcLang").value();
        doc.trgLang = root.attribute("trgLang").value();
        doc.line = lineOf(root);
        if (doc.srcLang.empty()) fail(root, "<xliff> needs a srcLang attribute");

        bool anyFile = false;
        for (pugi::xml_node file : root.children("file")) {
            anyFile = true;
            readContainer(file, doc);
        }
        if (!anyFile) fail(root, "<xliff> holds no <file>");
        return doc;
    }

private:
    [[noreturn]] void fail(int line, const std::string& what) const {
        throw I18nError(path_ + ":" + std::to_string(line) + ": " + what);
    }
    [[noreturn]] void fail(pugi::xml_node node, const std::string& what) const { fail(lineOf(node), what); }
    int lineOf(pugi::xml_node node) const { return lines_.lineOf(node.offset_debug()); }

    // <file> and <group> both hold units and nested groups; other children (notes,
    // metadata from other namespaces) carry nothing for us.
    void readContainer(pugi::xml_node container, XliffDocument& doc) const {
        for (pugi::xml_node child : container.children()) {
            if (child.type() != pugi::node_element) continue;
            if (std::strcmp(child.name(), "group") == 0) readContainer(child, doc);
            else if (std::strcmp(child.name(), "unit") == 0) doc.units.push_back(readUnit(child, doc));
        }
    }

    XliffUnit readUnit(pugi::xml_node unit, const XliffDocument& doc) const {
        XliffUnit out;
        out.line = lineOf(unit);
        out.id = unit.attribute("id").value();
        if (out.id.empty()) fail(unit, "<unit> needs an id (the message key)");

        pugi::xml_node segment = singleChild(unit, "segment", out.id);
        pugi::xml_node source = singleChild(segment, "source", out.id);
        out.source = text(source, out.id);
        out.sourceLine = lineOf(source);

        pugi::xml_node target = segment.child("target");
        if (target) {
            if (target.next_sibling("target")) fail(target.next_sibling("target"), "unit \"" + out.id + "\" has several <target>");
            if (doc.trgLang.empty()) fail(target, "unit \"" + out.id + "\" has a <target> but <xliff> has no trgLang");
            out.target = text(target, out.id);
            out.targetLine = lineOf(target);
        }
        return out;
    }

    pugi::xml_node singleChild(pugi::xml_node parent, const char* name, const std::string& unitId) const {
        pugi::xml_node child = parent.child(name);
        if (!child) fail(parent, "unit \"" + unitId + "\" has no <" + name + ">");
        if (child.next_sibling(name)) fail(child.next_sibling(name), "unit \"" + unitId + "\" has several <" + name + ">");
        return child;
    }

    std::string text(pugi::xml_node element, const std::string& unitId) const {
        std::string raw;
        for (pugi::xml_node child : element.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) raw += child.value();
            else if (child.type() == pugi::node_element)
                fail(child, "unit \"" + unitId + "\": inline markup <" + child.name() + "> is not supported; write plain text");
        }
        return preservesSpace(element) ? raw : collapseWhiteSpace(raw);
    }

    std::string path_;
    std::string content_;
    LineIndex lines_;
};

}  // namespace

XliffDocument readXliffFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw I18nError(path + ": cannot be read");
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw I18nError(path + ": cannot be read");
    return Reader(path, std::move(content)).read();
}

std::vector<std::string> listXliffFiles(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw I18nError(dir + ": no such directory");
    std::vector<std::string> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".xlf" && entry.is_regular_file(ec)) files.push_back(entry.path().string());
    }
    if (ec) throw I18nError(dir + ": cannot be listed (" + ec.message() + ")");
    std::sort(files.begin(), files.end());
    return files;
}

std::string primaryLanguage(const std::string& xliffLang) {
    return xliffLang.substr(0, xliffLang.find_first_of("-_"));
}

}  // namespace fd::i18n
