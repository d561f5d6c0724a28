// The template language (reference: docs/templates.md). A template is an XML file that says
// which sections a document has, in which order, under which conditions, bound to which
// model fields and message keys; each section names the requirement IDs it satisfies.
//
//   Vocabulary vocabulary = …;                       // the document kind's roots
//   Template t = Template::load(locateTemplate(dataDir, workspace.root, "programme", "fr"),
//                               vocabulary, localizer.messages());       // checks everything
//   Rendered r = t.render(bindings, context);        // blocks + header/footer/metadata texts
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "generators/common/furniture.h"
#include "generators/common/text_picker.h"
#include "generators/template/error.h"
#include "generators/template/node.h"
#include "generators/template/path.h"
#include "generators/template/vocabulary.h"
#include "i18n/i18n.h"

namespace fd::tmpl {

// What rendering needs besides the bound values.
struct RenderContext {
    const i18n::Localizer& l10n;   // the output language: messages and formats
    gen::TextPicker& picker;       // translatable model texts, with fallback warnings
    EvalEnv env;
};

struct Rendered {
    gen::DocumentTexts texts;                  // from <document>
    doc::PageSetup page;                       // from <document><page>; the default A4 portrait without it
    std::vector<doc::Block> blocks;            // from <body>
    std::vector<std::string> sections;         // ids of the sections that produced content, in order
    std::vector<std::size_t> sectionStarts;    // index in `blocks` of the first block of each of `sections`
    std::map<std::string, int> articles;       // number of each <article> present, by id
};

class Template {
public:
    // Reads and checks the file; throws TemplateError (file and line) on any problem.
    static Template load(const std::string& path, const Vocabulary& vocabulary, const i18n::Catalogue& messages);
    // The same from text; `file` names it in errors.
    static Template fromString(const std::string& xml, const std::string& file, const Vocabulary& vocabulary,
                               const i18n::Catalogue& messages);

    const std::string& file() const { return parsed_->file; }
    const std::string& kind() const { return parsed_->kind; }
    const std::vector<SectionInfo>& sections() const { return parsed_->sectionInfo; }
    // Every requirement ID some section declares, sorted, without duplicates.
    std::vector<std::string> requirementIds() const;

    // `roots` must bind every root of the vocabulary the template was loaded with (else
    // std::invalid_argument). Throws i18n::I18nError when the output catalogue lacks a message.
    Rendered render(const Bindings& roots, RenderContext& context) const;

private:
    Template(std::shared_ptr<const ParsedTemplate> parsed, std::vector<std::string> rootNames)
        : parsed_(std::move(parsed)), rootNames_(std::move(rootNames)) {}

    std::shared_ptr<const ParsedTemplate> parsed_;   // shared: copies of a Template are cheap
    std::vector<std::string> rootNames_;
};

// WORKSPACE/templates/<kind>/<name>.xml when the workspace overrides it, else
// DATA_DIR/templates/<kind>/<name>.xml. Throws TemplateError when neither exists.
std::string locateTemplate(const std::string& dataDir, const std::string& workspaceRoot, const std::string& kind,
                           const std::string& name);

}  // namespace fd::tmpl
