#include "generators/common/file_names.h"

#include <stdexcept>

namespace fd::gen {

std::string indicatorsFileName(const std::string& lang) {
    checkFileNamePart(lang);
    return "indicators." + lang + ".pdf";
}

void checkFileNamePart(const std::string& part) {
    if (part.empty() || part == "." || part == ".." || part.find_first_of("/\\") != std::string::npos)
        throw std::invalid_argument("not usable in a file name: '" + part + "'");
}

}  // namespace fd::gen
