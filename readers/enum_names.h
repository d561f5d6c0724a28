// The words the workspace files use for enumerated values ("presential", "abandoned"…).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/model.h"

namespace fd::readers {

template <class E>
using NameTable = std::vector<std::pair<std::string, E>>;

const NameTable<Jurisdiction>& jurisdictionNames();
const NameTable<DeliveryMode>& deliveryModeNames();
const NameTable<ActionNature>& actionNatureNames();
const NameTable<VatRegime>& vatRegimeNames();
const NameTable<PriceBasis>& priceBasisNames();
const NameTable<bool>& taxInclusionNames();         // "included" -> true, "excluded" -> false
const NameTable<CertificationType>& certificationTypeNames();
const NameTable<Outcome>& outcomeNames();
const NameTable<CertificationResult>& certificationResultNames();   // "" -> NotPresented
const std::vector<std::string>& qualiopiCategoryNames();
const std::vector<std::string>& contactKindNames();
const std::vector<std::string>& idDocumentTypeNames();
const std::vector<std::string>& sexNames();          // "F", "M" ("" is allowed too: not stated)

template <class E>
std::optional<E> lookupName(const NameTable<E>& table, std::string_view name) {
    for (const auto& [word, value] : table)
        if (word == name) return value;
    return std::nullopt;
}

// "a, b, c", for the {allowed} argument of diag.value.choice; the empty word is left out.
std::string joinNames(const std::vector<std::string>& names);
// The word the workspace files use for `value` (the reverse of lookupName).
template <class E>
const std::string& nameOf(const NameTable<E>& table, E value) {
    static const std::string none;
    for (const auto& [word, entry] : table)
        if (entry == value) return word;
    return none;
}

template <class E>
std::string allowedNames(const NameTable<E>& table) {
    std::vector<std::string> names;
    for (const auto& entry : table) names.push_back(entry.first);
    return joinNames(names);
}

}  // namespace fd::readers
