// The policy documents that accompany the internal regulations: their names and file names.
// Kept apart from their generator so that the regulation can refer to them by file name.
#pragma once

#include <string>
#include <vector>

namespace fd::gen {

enum class PolicyKind {
    Complaints,       // complaints-handling procedure (Qualiopi indicator 31, PT-REG-08)
    Accessibility,    // accessibility and disability policy (Qualiopi indicator 26, PT-REG-14)
    DataProtection,   // data-protection notice for trainees (GDPR, PT-REG-13)
};

// Every kind, in the order the documents are written.
const std::vector<PolicyKind>& policyKinds();

// "complaints", "accessibility", "data-protection": the name of the template
// (templates/policy/<name>.xml) and of the file.
std::string policyName(PolicyKind kind);

// "policies/<name>.<lang>.pdf", relative to the output folder.
std::string policyFileName(PolicyKind kind, const std::string& lang);

}  // namespace fd::gen
