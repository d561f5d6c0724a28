// Course and session ids for imported offers: LHEO numbers or titles made into the id alphabet
// of the workspace ([A-Za-z0-9_-]), and kept apart from the ids already taken.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace fd::lheo {

// Letters transliterated to ASCII ("É" -> "E", "œ" -> "oe"), every run of other characters
// replaced by one '-', no '-' at either end, at most 48 characters. "" when nothing is left.
std::string sanitiseId(std::string_view text);

// Hands out ids that are not taken yet: the wanted id, else the wanted id with "-2", "-3"…
class IdAllocator {
public:
    explicit IdAllocator(std::set<std::string> taken) : taken_(std::move(taken)) {}
    std::string claim(const std::string& wanted);

private:
    std::set<std::string> taken_;
};

}  // namespace fd::lheo
