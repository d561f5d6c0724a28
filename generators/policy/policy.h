// The policy documents that accompany the internal regulations, one short document each:
// the complaints-handling procedure (Qualiopi indicator 31, PT-REG-08), the accessibility and
// disability policy with the referent's contacts (indicator 26, PT-REG-14) and the
// data-protection notice for trainees (GDPR, PT-REG-13). Their structure comes from
// templates/policy/<name>.xml (or the workspace's own copy), their wording from
// locales/*/policy.xlf. They share the regulation's machinery (legal_document.h).
#pragma once

#include <string>

#include "doc/doc.h"
#include "generators/policy/policy_files.h"
#include "generators/regulation/legal_facts.h"
#include "generators/template/template.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// Roots: organisation, policy (LegalFacts), document, mentions.
const tmpl::Vocabulary& policyVocabulary();

// WORKSPACE/templates/policy/<name>.xml when present, else DATA_DIR's; one template serves
// both jurisdictions. Throws tmpl::TemplateError.
tmpl::Template loadPolicyTemplate(const std::string& dataDir, const Workspace& workspace, PolicyKind kind,
                                  const i18n::Catalogue& messages);

// The edition all languages of one policy share (see legalEdition).
Edition policyEdition(const Workspace& workspace, const tmpl::Template& policyTemplate,
                      const i18n::Localizer& prevailing);

doc::Document generatePolicy(const Workspace& workspace, const i18n::Localizer& l10n,
                             const tmpl::Template& policyTemplate, const Edition& edition, Diagnostics& warnings);

}  // namespace fd::gen
