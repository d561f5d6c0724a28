#include "generators/policy/policy_files.h"

#include "generators/common/file_names.h"

namespace fd::gen {

const std::vector<PolicyKind>& policyKinds() {
    static const std::vector<PolicyKind> kinds{PolicyKind::Complaints, PolicyKind::Accessibility,
                                               PolicyKind::DataProtection};
    return kinds;
}

std::string policyName(PolicyKind kind) {
    switch (kind) {
    case PolicyKind::Complaints: return "complaints";
    case PolicyKind::Accessibility: return "accessibility";
    case PolicyKind::DataProtection: return "data-protection";
    }
    return {};
}

std::string policyFileName(PolicyKind kind, const std::string& lang) {
    checkFileNamePart(lang);
    return "policies/" + policyName(kind) + '.' + lang + ".pdf";
}

}  // namespace fd::gen
