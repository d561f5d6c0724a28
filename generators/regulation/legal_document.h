// The machinery the internal regulations and the policy documents share. Their templates bind
// four roots: `organisation`, the legal facts under the template's kind (`regulation` or
// `policy`, see legal_facts.h), `document` (tmpl::DocumentFacts) and `mentions`
// (LegalMentions, about the organisation as a whole). Rendering adds the page furniture.
#pragma once

#include <string>
#include <vector>

#include "doc/doc.h"
#include "generators/regulation/legal_facts.h"
#include "generators/template/template.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// The vocabulary of a legal document kind: its facts root is named after the kind.
tmpl::Vocabulary legalVocabulary(const std::string& kind);

// The document in l10n's language. Texts missing in that language fall back to the
// organisation's main language, with one warning per field in `warnings`.
doc::Document renderLegalDocument(const Workspace& workspace, const tmpl::Template& legalTemplate,
                                  const Edition& edition, const i18n::Localizer& l10n, Diagnostics& warnings);

// The edition every language of the document shares. The version is a fingerprint of the
// wording in the prevailing language (`prevailing`): any change to the template, the messages
// or the organisation's data the text prints gives a new version, and only such a change does.
// The text comes into force on the organisation's <policies regulation-effective> date, else on
// the build date (SOURCE_DATE_EPOCH when set).
Edition legalEdition(const Workspace& workspace, const tmpl::Template& legalTemplate, const i18n::Localizer& prevailing);

// "7C3E91A0": a short, stable fingerprint of the text of `blocks` (FNV-1a).
std::string textFingerprint(const std::vector<doc::Block>& blocks);

}  // namespace fd::gen
