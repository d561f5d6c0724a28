#include "generators/regulation/legal_document.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <type_traits>

#include "generators/common/file_names.h"
#include "generators/common/furniture.h"
#include "generators/common/mentions.h"
#include "generators/common/text_picker.h"
#include "generators/template/renderer.h"
#include "generators/template/schema.h"
#include "model/clock.h"

namespace fd::gen {

namespace {

tmpl::Rendered render(const Workspace& workspace, const tmpl::Template& legalTemplate, const LegalFacts& facts,
                      const i18n::Localizer& l10n, Diagnostics& warnings) {
    const Organisation& org = workspace.organisation;
    const Date today = buildDate();

    tmpl::DocumentFacts document;
    document.lang = l10n.lang();
    document.translation = isTranslation(org, l10n.lang());
    document.prevailingLanguage = prevailingLanguage(org);
    document.today = today;
    document.indicatorsFile = indicatorsFileName(l10n.lang());
    const LegalMentions mentions = legalMentions(org, nullptr, l10n, today);

    tmpl::Bindings roots;
    roots.push("organisation", tmpl::organisationValue(org));
    roots.push(legalTemplate.kind(), legalFactsValue(facts));
    roots.push("document", tmpl::documentValue(document));
    roots.push("mentions", tmpl::mentionsValue(mentions));

    TextPicker picker(l10n.lang(), org.mainLanguage(), warnings);
    tmpl::RenderContext context{l10n, picker, tmpl::EvalEnv{&workspace, &l10n, today}};
    return legalTemplate.render(roots, context);
}

// Feeds the text of blocks, in reading order, to `sink`.
template <class Sink>
void visitText(const std::vector<doc::Block>& blocks, Sink& sink) {
    auto inlines = [&](const doc::Inlines& text) { sink(tmpl::plainText(text)); };
    for (const doc::Block& block : blocks) {
        std::visit(
            [&](const auto& b) {
                using B = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<B, doc::Heading> || std::is_same_v<B, doc::Paragraph>) {
                    inlines(b.text);
                } else if constexpr (std::is_same_v<B, doc::List>) {
                    for (const auto& item : b.items) inlines(item);
                } else if constexpr (std::is_same_v<B, doc::KeyValueTable>) {
                    for (const auto& [key, value] : b.rows) {
                        inlines(key);
                        inlines(value);
                    }
                } else if constexpr (std::is_same_v<B, doc::Table>) {
                    for (const auto& column : b.columns) inlines(column.header);
                    for (const auto& row : b.rows)
                        for (const auto& cell : row) inlines(cell);
                    for (const auto& cell : b.footer) inlines(cell);
                } else if constexpr (std::is_same_v<B, doc::Signature>) {
                    inlines(b.placeDate);
                    sink(b.name);
                    inlines(b.capacity);
                    inlines(b.label);
                } else if constexpr (std::is_same_v<B, doc::Checkboxes>) {
                    for (const auto& [label, checked] : b.items) inlines(label);
                } else if constexpr (std::is_same_v<B, std::shared_ptr<doc::Notice>> ||
                                     std::is_same_v<B, std::shared_ptr<doc::KeepTogether>>) {
                    visitText(b->blocks, sink);
                }
            },
            block);
    }
}

}  // namespace

tmpl::Vocabulary legalVocabulary(const std::string& kind) {
    return tmpl::Vocabulary{kind,
                            {{"organisation", tmpl::Type::recordOf(tmpl::schema().organisation)},
                             {kind, tmpl::Type::recordOf(legalFactsType())},
                             {"document", tmpl::Type::recordOf(tmpl::schema().document)},
                             {"mentions", tmpl::Type::recordOf(tmpl::schema().mentions)}}};
}

doc::Document renderLegalDocument(const Workspace& workspace, const tmpl::Template& legalTemplate,
                                  const Edition& edition, const i18n::Localizer& l10n, Diagnostics& warnings) {
    const LegalFacts facts = legalFacts(workspace, l10n.lang(), edition);
    tmpl::Rendered rendered = render(workspace, legalTemplate, facts, l10n, warnings);
    doc::Document document;
    document.blocks = std::move(rendered.blocks);
    document.page = rendered.page;
    applyFurniture(document, workspace, l10n, rendered.texts);
    return document;
}

Edition legalEdition(const Workspace& workspace, const tmpl::Template& legalTemplate, const i18n::Localizer& prevailing) {
    // The wording without the edition itself, which must not feed its own fingerprint; warnings
    // about missing translations belong to the documents actually written.
    Diagnostics ignored;
    const LegalFacts facts = legalFacts(workspace, prevailing.lang(), Edition{});
    const tmpl::Rendered rendered = render(workspace, legalTemplate, facts, prevailing, ignored);
    const Date& chosen = workspace.organisation.policies.regulationEffective;
    return Edition{textFingerprint(rendered.blocks), chosen.empty() ? buildDate() : chosen};
}

std::string textFingerprint(const std::vector<doc::Block>& blocks) {
    uint64_t hash = 14695981039346656037ull;   // FNV-1a, 64 bits
    auto sink = [&](const std::string& text) {
        for (unsigned char c : text + '\n') {
            hash ^= c;
            hash *= 1099511628211ull;
        }
    };
    visitText(blocks, sink);
    char folded[9];
    std::snprintf(folded, sizeof folded, "%08X", static_cast<unsigned>((hash >> 32) ^ (hash & 0xFFFFFFFFu)));
    return folded;
}

}  // namespace fd::gen
