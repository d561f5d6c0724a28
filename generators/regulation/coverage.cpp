#include "generators/regulation/coverage.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string>

#include "generators/regulation/legal_facts.h"

namespace fd::gen {

namespace {

std::vector<std::string> numbered(const std::string& prefix, std::initializer_list<int> numbers) {
    std::vector<std::string> ids;
    for (int n : numbers) ids.push_back(prefix + (n < 10 ? "0" : "") + std::to_string(n));
    return ids;
}

void append(std::vector<std::string>& ids, const std::vector<std::string>& more) {
    ids.insert(ids.end(), more.begin(), more.end());
}

std::vector<std::string> sorted(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

}  // namespace

std::vector<std::string> regulationRequirementCoverage(const tmpl::Template& regulationTemplate) {
    return regulationTemplate.requirementIds();
}

std::vector<std::string> mandatoryRegulationRequirements(const Workspace& workspace) {
    // The facts do not depend on the language; any one serves.
    const LegalFacts facts = legalFacts(workspace, workspace.organisation.mainLanguage(), Edition{});
    std::vector<std::string> ids;
    if (workspace.organisation.jurisdiction == Jurisdiction::FR) {
        append(ids, numbered("FR-RI-", {1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 21}));
        if (!facts.longCourses.empty()) append(ids, numbered("FR-RI-", {16, 17, 18, 19, 20}));
        if (workspace.organisation.policies.isCfa) append(ids, numbered("FR-RI-", {12, 23}));
    } else {
        append(ids, numbered("PT-REG-", {1, 2, 3, 4, 5, 7, 8, 9, 10, 12}));
        if (facts.paidTraining) append(ids, numbered("PT-REG-", {6}));
        if (facts.distanceLearning) append(ids, numbered("PT-REG-", {15}));
    }
    return sorted(std::move(ids));
}

std::vector<std::string> recommendedRegulationRequirements(const Workspace& workspace) {
    if (workspace.organisation.jurisdiction == Jurisdiction::FR) return numbered("FR-RI-", {3, 22, 24});
    return numbered("PT-REG-", {11, 13, 14, 16});
}

std::vector<std::string> missingRegulationRequirements(const tmpl::Template& regulationTemplate,
                                                       const Workspace& workspace) {
    const std::vector<std::string> covered = regulationRequirementCoverage(regulationTemplate);
    const std::vector<std::string> mandatory = mandatoryRegulationRequirements(workspace);
    std::vector<std::string> missing;
    std::set_difference(mandatory.begin(), mandatory.end(), covered.begin(), covered.end(),
                        std::back_inserter(missing));
    return missing;
}

}  // namespace fd::gen
