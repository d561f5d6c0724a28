// Output file names other documents refer to. Paths are relative to the output folder.
#pragma once

#include <string>

namespace fd::gen {

// The result indicators document in one language: "indicators.fr.pdf" (FR-PROG-20, FR-CAT-04).
std::string indicatorsFileName(const std::string& lang);

// Throws std::invalid_argument when an identifier used in a file name could leave the output
// folder or is empty ("", ".", "..", or containing '/' or '\').
void checkFileNamePart(const std::string& part);

}  // namespace fd::gen
