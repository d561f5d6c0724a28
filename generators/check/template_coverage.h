// Which requirement IDs a template in use covers, section by section: what `check` compares
// with the IDs the jurisdiction requires, so that a workspace override that dropped a section is
// reported by requirement ID, and what the audit workbook cites as evidence.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "generators/check/requirements.h"
#include "generators/template/template.h"

namespace fd::check {

// The IDs a template must declare when the generator of its document decides them itself
// (generators/regulation/coverage.h for the regulations), rather than the registry.
struct RequiredIds {
    std::vector<std::string> mandatory;      // a gap weighs Mandatory (Conditional for a C item)
    std::vector<std::string> recommended;
};

struct TemplateCoverage {
    DocumentKind document = DocumentKind::Programme;
    std::string file;                        // as shown to people (displayedTemplatePath)
    std::vector<std::string> requirementIds; // what the template declares
    std::vector<tmpl::SectionInfo> sections; // sections and articles, with their requirements
    std::optional<RequiredIds> required;     // empty: the registry decides (template_rules.h)

    // Ids of the sections that declare `requirementId`, in template order.
    std::vector<std::string> sectionsFor(const std::string& requirementId) const;
    // Line of the first section declaring it; 0 when none does.
    int lineOf(const std::string& requirementId) const;
};

// What `loaded` declares; `required` as above.
TemplateCoverage coverageOf(const tmpl::Template& loaded, DocumentKind document, std::string displayedFile,
                            std::optional<RequiredIds> required = std::nullopt);

// A template path as people read it: relative to the workspace for a workspace override
// ("templates/programme/fr.xml", like "courses.xml"), else unchanged (the default template of the
// data folder).
std::string displayedTemplatePath(const std::string& path, const std::string& workspaceRoot);

}  // namespace fd::check
