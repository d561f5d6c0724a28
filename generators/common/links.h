// Link targets for contact details printed in documents.
#pragma once

#include <string>

namespace fd::gen {

enum class LinkScheme {
    Email,   // mailto:
    Phone,   // tel:, spaces removed ("tel:+33478921010")
    Web,     // as written, "https://" added when the address has no scheme
};

std::string linkTarget(const std::string& value, LinkScheme scheme);

}  // namespace fd::gen
