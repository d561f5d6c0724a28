#include "generators/check/template_coverage.h"

#include <filesystem>

namespace fd::check {

std::vector<std::string> TemplateCoverage::sectionsFor(const std::string& requirementId) const {
    std::vector<std::string> ids;
    for (const tmpl::SectionInfo& section : sections)
        for (const std::string& id : section.requirements)
            if (id == requirementId) {
                ids.push_back(section.id);
                break;
            }
    return ids;
}

int TemplateCoverage::lineOf(const std::string& requirementId) const {
    for (const tmpl::SectionInfo& section : sections)
        for (const std::string& id : section.requirements)
            if (id == requirementId) return section.line;
    return 0;
}

TemplateCoverage coverageOf(const tmpl::Template& loaded, DocumentKind document, std::string displayedFile,
                            std::optional<RequiredIds> required) {
    TemplateCoverage coverage;
    coverage.document = document;
    coverage.file = std::move(displayedFile);
    coverage.requirementIds = loaded.requirementIds();
    coverage.sections = loaded.sections();
    coverage.required = std::move(required);
    return coverage;
}

std::string displayedTemplatePath(const std::string& path, const std::string& workspaceRoot) {
    namespace fs = std::filesystem;
    if (workspaceRoot.empty()) return path;
    std::error_code error;
    const fs::path root = fs::weakly_canonical(fs::path(workspaceRoot), error);
    const fs::path file = fs::weakly_canonical(fs::path(path), error);
    if (error) return path;
    const fs::path relative = file.lexically_relative(root);
    // Outside the workspace, the relative path climbs out of it: keep the path as located.
    if (relative.empty() || *relative.begin() == "..") return path;
    return relative.generic_string();
}

}  // namespace fd::check
