// Walks a checked template against bound values and produces document blocks and the
// document's header, footer and metadata texts.
#pragma once

#include "generators/template/node.h"
#include "generators/template/template.h"

namespace fd::tmpl {

Rendered renderTemplate(const ParsedTemplate& parsed, const Bindings& roots, RenderContext& context);

// The text of inline content without its styling (metadata, header and footer texts).
std::string plainText(const doc::Inlines& inlines);
// True when inline content has nothing but spaces: such paragraphs, items, headings and fact
// rows are left out rather than printed empty.
bool isBlank(const doc::Inlines& inlines);

}  // namespace fd::tmpl
