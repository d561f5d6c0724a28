// organisation.xml -> Organisation (docs/workspace-format.md). Checks the syntax of every value;
// identifier checksums and cross-file rules are model/validate's job.
// Organisation::loc.fieldLines holds the line of each element read, keyed by element name
// ("siret", "postcode", "languages"), or by a dotted path below a parent element
// ("policies.refund", "legal-representative.capacity", "contact[disability-referent].role",
// "dgert.area[2]"); diagnostics about these elements use the same names as their field.
#pragma once

#include <optional>
#include <string>

#include "model/diagnostics.h"
#include "model/model.h"
#include "readers/xml_file.h"

namespace fd::readers {

// nullopt when the root element is not <organisation>; otherwise the organisation, with every
// malformed value reported and left at its default.
std::optional<Organisation> readOrganisation(const XmlFile& file, Diagnostics& diagnostics);

// Loads `path` (reported as `name`) and reads it; nullopt when unreadable or malformed.
std::optional<Organisation> readOrganisationFile(const std::string& path, const std::string& name,
                                                 Diagnostics& diagnostics);

}  // namespace fd::readers
