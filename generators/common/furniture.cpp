#include "generators/common/furniture.h"

#include <filesystem>
#include <memory>

#include "model/clock.h"

namespace fd::gen {

namespace {

// The creator recorded in the PDF: the product's name, never translated.
constexpr const char* kCreator = "formadoc";

}  // namespace

std::string logoPath(const Workspace& workspace) {
    const std::string& file = workspace.organisation.logoFile;
    if (file.empty()) return {};
    std::filesystem::path path(file);
    if (path.is_relative()) path = std::filesystem::path(workspace.root) / path;
    std::error_code error;
    return std::filesystem::is_regular_file(path, error) ? path.lexically_normal().string() : std::string();
}

doc::Colour parseColour(const std::string& text, doc::Colour fallback) {
    if (text.size() != 7 || text[0] != '#') return fallback;
    doc::Colour colour = 0;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        int digit = 0;
        if (c >= '0' && c <= '9') digit = c - '0';
        else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        else return fallback;
        colour = colour * 16 + static_cast<doc::Colour>(digit);
    }
    return colour;
}

std::function<std::string(int, int)> pageLabel(const i18n::Catalogue& messages, const std::string& key) {
    if (key.empty()) return {};
    auto catalogue = std::make_shared<const i18n::Catalogue>(messages);
    return [catalogue, key](int page, int pages) {
        return catalogue->format(key, {{"page", int64_t{page}}, {"pages", int64_t{pages}}});
    };
}

void applyFurniture(doc::Document& document, const Workspace& workspace, const i18n::Localizer& l10n,
                    const DocumentTexts& texts) {
    const Organisation& org = workspace.organisation;

    document.metadata.title = texts.title;
    document.metadata.author = org.legalName;
    document.metadata.subject = texts.subject;
    document.metadata.keywords = texts.keywords;
    document.metadata.language = i18n::bcp47(l10n.lang());
    document.metadata.creator = kCreator;
    document.metadata.created = buildTimeUnix();

    document.header.logoPath = logoPath(workspace);
    document.header.left = org.tradeName.empty() ? org.legalName : org.tradeName;
    document.header.right = texts.headerRight;

    document.footer.left = texts.footerLeft;
    document.footer.center = texts.footerCenter;
    document.footer.pageLabel = pageLabel(l10n.messages(), texts.pageLabelKey);

    document.accent = parseColour(org.primaryColour, document.accent);
}

}  // namespace fd::gen
