// Page furniture and metadata every generated document shares: running header with the logo
// and the organisation's name, footer with the reference, a date and the localised
// "page X of Y", PDF metadata (title, author, subject, language, creator, creation date).
#pragma once

#include <functional>
#include <string>

#include "doc/doc.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

// The document-specific texts, already in the output language (a template's <document> part).
struct DocumentTexts {
    std::string title;          // metadata title
    std::string subject;
    std::string keywords;
    std::string headerRight;    // e.g. the document title or reference
    std::string footerLeft;     // the document reference
    std::string footerCenter;   // e.g. "Mise à jour : 15 septembre 2026"
    std::string pageLabelKey;   // message with {page} and {pages}; empty = no page numbers
};

// Fills metadata, header, footer and accent colour of `document`. A logo missing from the
// workspace is left out (the workspace check reports it, once, rather than every document).
void applyFurniture(doc::Document& document, const Workspace& workspace, const i18n::Localizer& l10n,
                    const DocumentTexts& texts);

// The logo's path (organisation.logoFile against the workspace root), or "" when there is none.
std::string logoPath(const Workspace& workspace);

// "#1F4E79" -> 0x1F4E79; `fallback` when the text is not #RRGGBB.
doc::Colour parseColour(const std::string& text, doc::Colour fallback);

// The footer's page label. It keeps its own copy of the catalogue, because the layout calls
// it after the generator (and possibly the Localizer) is gone.
std::function<std::string(int page, int pages)> pageLabel(const i18n::Catalogue& messages,
                                                          const std::string& key);

}  // namespace fd::gen
