#include "generators/policy/policy.h"

#include <stdexcept>

#include "generators/regulation/legal_document.h"

namespace fd::gen {

namespace {

constexpr const char* kKind = "policy";

void expectPolicyTemplate(const tmpl::Template& policyTemplate) {
    if (policyTemplate.kind() != kKind) throw std::invalid_argument("not a policy template: " + policyTemplate.file());
}

}  // namespace

const tmpl::Vocabulary& policyVocabulary() {
    static const tmpl::Vocabulary vocabulary = legalVocabulary(kKind);
    return vocabulary;
}

tmpl::Template loadPolicyTemplate(const std::string& dataDir, const Workspace& workspace, PolicyKind kind,
                                  const i18n::Catalogue& messages) {
    const std::string path = tmpl::locateTemplate(dataDir, workspace.root, kKind, policyName(kind));
    return tmpl::Template::load(path, policyVocabulary(), messages);
}

Edition policyEdition(const Workspace& workspace, const tmpl::Template& policyTemplate,
                      const i18n::Localizer& prevailing) {
    expectPolicyTemplate(policyTemplate);
    return legalEdition(workspace, policyTemplate, prevailing);
}

doc::Document generatePolicy(const Workspace& workspace, const i18n::Localizer& l10n,
                             const tmpl::Template& policyTemplate, const Edition& edition, Diagnostics& warnings) {
    expectPolicyTemplate(policyTemplate);
    return renderLegalDocument(workspace, policyTemplate, edition, l10n, warnings);
}

}  // namespace fd::gen
