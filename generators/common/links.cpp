#include "generators/common/links.h"

namespace fd::gen {

std::string linkTarget(const std::string& value, LinkScheme scheme) {
    switch (scheme) {
    case LinkScheme::Email: return "mailto:" + value;
    case LinkScheme::Phone: {
        std::string target = "tel:";
        for (char c : value)
            if (c == '+' || (c >= '0' && c <= '9')) target += c;
        return target;
    }
    case LinkScheme::Web:
        return value.find("://") == std::string::npos ? "https://" + value : value;
    }
    return value;
}

}  // namespace fd::gen
