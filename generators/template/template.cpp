#include "generators/template/template.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

#include "generators/template/parser.h"
#include "generators/template/renderer.h"

namespace fd::tmpl {

Template Template::load(const std::string& path, const Vocabulary& vocabulary, const i18n::Catalogue& messages) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw TemplateError(path, 0, "", "diag.template.unreadable", {{"path", path}});
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw TemplateError(path, 0, "", "diag.template.unreadable", {{"path", path}});
    return fromString(xml, path, vocabulary, messages);
}

Template Template::fromString(const std::string& xml, const std::string& file, const Vocabulary& vocabulary,
                              const i18n::Catalogue& messages) {
    std::vector<std::string> rootNames;
    for (const auto& root : vocabulary.roots) rootNames.push_back(root.first);
    return Template(std::make_shared<const ParsedTemplate>(parseTemplate(xml, file, vocabulary, messages)),
                    std::move(rootNames));
}

std::vector<std::string> Template::requirementIds() const {
    std::set<std::string> ids;
    for (const auto& section : parsed_->sectionInfo) ids.insert(section.requirements.begin(), section.requirements.end());
    return {ids.begin(), ids.end()};
}

Rendered Template::render(const Bindings& roots, RenderContext& context) const {
    for (const auto& name : rootNames_)
        if (!roots.find(name)) throw std::invalid_argument("template root not bound: " + name);
    return renderTemplate(*parsed_, roots, context);
}

std::string locateTemplate(const std::string& dataDir, const std::string& workspaceRoot, const std::string& kind,
                           const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path relative = fs::path("templates") / kind / (name + ".xml");
    std::error_code error;
    if (!workspaceRoot.empty()) {
        const fs::path override = fs::path(workspaceRoot) / relative;
        if (fs::is_regular_file(override, error)) return override.string();
    }
    const fs::path fallback = fs::path(dataDir) / relative;
    if (fs::is_regular_file(fallback, error)) return fallback.string();
    throw TemplateError(fallback.string(), 0, "", "diag.template.not_found", {{"path", fallback.string()}});
}

}  // namespace fd::tmpl
