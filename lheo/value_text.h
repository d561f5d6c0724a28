// Values written into files by this module, in the forms the formats expect.
#pragma once

#include <string>

#include "model/values.h"
#include "readers/enum_names.h"

namespace fd::lheo {

// "21", "7.5", "7.25" (the workspace's hours; LHEO's when whole).
std::string hoursText(Hours hours);
// "1290", "1290.50": euros with a '.' and two decimals when there are cents.
std::string eurosText(Cents cents);
// "20250313": an LHEO date.
std::string lheoDateText(const Date& date);

// The word a name table gives to `value` (the inverse of readers::lookupName).
template <class E>
std::string nameOf(const readers::NameTable<E>& table, E value) {
    for (const auto& [word, entry] : table)
        if (entry == value) return word;
    return {};
}

}  // namespace fd::lheo
