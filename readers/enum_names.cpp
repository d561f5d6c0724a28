#include "readers/enum_names.h"

namespace fd::readers {

const NameTable<Jurisdiction>& jurisdictionNames() {
    static const NameTable<Jurisdiction> table = {{"FR", Jurisdiction::FR}, {"PT", Jurisdiction::PT}};
    return table;
}

const NameTable<DeliveryMode>& deliveryModeNames() {
    static const NameTable<DeliveryMode> table = {{"presential", DeliveryMode::Presential},
                                                  {"distance", DeliveryMode::Distance},
                                                  {"blended", DeliveryMode::Blended},
                                                  {"work-based", DeliveryMode::WorkBased}};
    return table;
}

const NameTable<ActionNature>& actionNatureNames() {
    static const NameTable<ActionNature> table = {{"training", ActionNature::Training},
                                                  {"skills-assessment", ActionNature::SkillsAssessment},
                                                  {"vae", ActionNature::Vae},
                                                  {"apprenticeship", ActionNature::Apprenticeship}};
    return table;
}

const NameTable<VatRegime>& vatRegimeNames() {
    static const NameTable<VatRegime> table = {{"exempt-training", VatRegime::ExemptTraining},
                                               {"franchise-293b", VatRegime::Franchise293B},
                                               {"liable", VatRegime::Liable},
                                               {"exempt-art9-pt", VatRegime::ExemptArt9PT}};
    return table;
}

const NameTable<PriceBasis>& priceBasisNames() {
    static const NameTable<PriceBasis> table = {{"person", PriceBasis::PerPerson}, {"group", PriceBasis::PerGroup}};
    return table;
}

const NameTable<bool>& taxInclusionNames() {
    static const NameTable<bool> table = {{"excluded", false}, {"included", true}};
    return table;
}

const NameTable<CertificationType>& certificationTypeNames() {
    static const NameTable<CertificationType> table = {{"RNCP", CertificationType::RNCP},
                                                       {"RS", CertificationType::RS}};
    return table;
}

const NameTable<Outcome>& outcomeNames() {
    static const NameTable<Outcome> table = {
        {"completed", Outcome::Completed}, {"abandoned", Outcome::Abandoned}, {"failed", Outcome::Failed}};
    return table;
}

const NameTable<CertificationResult>& certificationResultNames() {
    static const NameTable<CertificationResult> table = {{"", CertificationResult::NotPresented},
                                                         {"obtained", CertificationResult::Obtained},
                                                         {"partial", CertificationResult::PartiallyObtained},
                                                         {"not-obtained", CertificationResult::NotObtained}};
    return table;
}

const std::vector<std::string>& qualiopiCategoryNames() {
    static const std::vector<std::string> names = {"actions-formation", "bilans-competences", "vae",
                                                   "apprentissage"};
    return names;
}

const std::vector<std::string>& contactKindNames() {
    static const std::vector<std::string> names = {"disability-referent", "pedagogical", "administrative",
                                                   "data-protection"};
    return names;
}

const std::vector<std::string>& idDocumentTypeNames() {
    static const std::vector<std::string> names = {"cc", "bi", "passport", "residence-permit", "cni", "other"};
    return names;
}

const std::vector<std::string>& sexNames() {
    static const std::vector<std::string> names = {"F", "M"};
    return names;
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) {
        if (name.empty()) continue;
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

}  // namespace fd::readers
