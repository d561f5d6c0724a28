#include "lheo/lheo_document.h"

#include <algorithm>

#include "lheo/text_cleaner.h"
#include "readers/file_io.h"
#include "readers/text_encoding.h"
#include "readers/text_util.h"

namespace fd::lheo {

namespace {

// All character data in `element`, whitespace collapsed.
std::string textContent(pugi::xml_node element) {
    std::string raw;
    for (pugi::xml_node node = element.first_child(); node;) {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) (raw += node.value()) += ' ';
        // Depth-first walk bounded by `element`.
        if (node.first_child()) {
            node = node.first_child();
            continue;
        }
        while (node && node != element && !node.next_sibling()) node = node.parent();
        if (!node || node == element) break;
        node = node.next_sibling();
    }
    return readers::collapseWhitespace(raw);
}

// At most `limit` bytes of `text`, cut on a character boundary, "…" marking the cut.
std::string excerpt(const std::string& text, size_t limit) {
    if (text.size() <= limit) return text;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "\xE2\x80\xA6";
}

}  // namespace

std::string_view localName(pugi::xml_node node) {
    const std::string_view name = node.name();
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool LheoDocument::load(const std::string& path, Diagnostics& diagnostics) {
    auto bytes = readers::readFileBytes(path);
    if (!bytes) {
        diagnostics.error(name(), 0, "", "diag.file.unreadable", {{"file", name()}});
        return false;
    }
    return parse(std::move(*bytes), diagnostics);
}

bool LheoDocument::parse(std::string bytes, Diagnostics& diagnostics) {
    if (readers::startsWithUtf8Bom(bytes)) bytes.erase(0, 3);
    if (readers::firstInvalidUtf8(bytes)) {
        // Files that claim UTF-8 but were written by a single-byte tool: decoding them as such
        // loses nothing, every byte being a character there.
        const readers::TextEncoding encoding = readers::detectEncoding(bytes);
        diagnostics.warning(name(), 0, "", "lheo.repair.encoding", {{"encoding", readers::encodingName(encoding)}});
        bytes = readers::decodeToUtf8(bytes, encoding).utf8;
    }
    return file_.parse(std::move(bytes), diagnostics);
}

std::string LheoDocument::pathOf(pugi::xml_node node) const {
    std::string path;
    for (; node && node.type() == pugi::node_element; node = node.parent()) {
        const std::string_view name = localName(node);
        size_t position = 0, count = 0;
        for (pugi::xml_node sibling : node.parent().children()) {
            if (sibling.type() != pugi::node_element || localName(sibling) != name) continue;
            ++count;
            if (sibling == node) position = count;
        }
        std::string step(name);
        if (count > 1) step += "[" + std::to_string(position) + "]";
        path = path.empty() ? step : step + "/" + path;
    }
    return path;
}

pugi::xml_node LheoDocument::child(pugi::xml_node parent, std::string_view name) {
    for (pugi::xml_node node : parent.children())
        if (node.type() == pugi::node_element && localName(node) == name) return node;
    return {};
}

pugi::xml_node LheoDocument::find(pugi::xml_node scope, std::string_view path) {
    const std::vector<pugi::xml_node> all = findAll(scope, path);
    return all.empty() ? pugi::xml_node() : all.front();
}

pugi::xml_node LheoDocument::findAny(pugi::xml_node scope, std::initializer_list<std::string_view> paths) {
    for (std::string_view path : paths)
        if (pugi::xml_node found = find(scope, path)) return found;
    return {};
}

std::vector<pugi::xml_node> LheoDocument::findAll(pugi::xml_node scope, std::string_view path) {
    std::vector<pugi::xml_node> level{scope};
    size_t start = 0;
    while (start <= path.size() && !level.empty()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view step = path.substr(start, end - start);
        std::vector<pugi::xml_node> next;
        for (pugi::xml_node parent : level)
            for (pugi::xml_node node : parent.children())
                if (node.type() == pugi::node_element && localName(node) == step) next.push_back(node);
        level = std::move(next);
        start = end + 1;
    }
    return level;
}

void LheoDocument::consume(pugi::xml_node element) {
    if (element) consumed_.insert(element.hash_value());
}

bool LheoDocument::consumed(pugi::xml_node element) const { return consumed_.count(element.hash_value()) != 0; }

bool LheoDocument::touched(pugi::xml_node element) const {
    if (consumed(element)) return true;
    for (pugi::xml_node node : element.children())
        if (node.type() == pugi::node_element && touched(node)) return true;
    return false;
}

void LheoDocument::reportUnmapped(pugi::xml_node scope, Diagnostics& diagnostics) const {
    for (pugi::xml_node node : scope.children()) {
        if (node.type() != pugi::node_element || consumed(node)) continue;
        if (touched(node)) {
            reportUnmapped(node, diagnostics);
            continue;
        }
        // Shown repaired, as the imported texts are; line breaks are of no use in a one-line report.
        std::string content = cleanText(textContent(node)).text;
        std::replace(content.begin(), content.end(), '\n', ' ');
        if (content.empty()) continue;
        diagnostics.warning(name(), lineOf(node), pathOf(node), "lheo.unmapped",
                            {{"element", std::string(localName(node))}, {"value", excerpt(content, 80)}});
    }
}

}  // namespace fd::lheo
