// organisation.xml written from the model (docs/workspace-format.md), for a workspace created
// by an import: only what the organisation holds is written, nothing is made up.
#pragma once

#include <string>

#include "model/model.h"

namespace fd::lheo {

std::string organisationXml(const Organisation& organisation);

}  // namespace fd::lheo
