// The workspace an import writes into, as far as the import needs to know it: whether it has an
// organisation (and which), its main language, and the course and session ids already taken.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::lheo {

struct TargetWorkspace {
    std::string dir;
    bool hasOrganisationFile = false;
    std::optional<Organisation> organisation;   // when organisation.xml could be read
    std::string mainLanguage = "fr";            // LHEO's language when the workspace has none yet
    std::optional<std::string> coursesXml;      // the bytes of an existing courses.xml
    std::set<std::string> courseIds;
    std::optional<std::string> sessionsCsv;     // the bytes of an existing sessions.csv
    std::set<std::string> sessionIds;
};

// Reads what exists of the workspace at `dir` (which may not exist yet). nullopt, with the
// problems reported, when courses.xml or sessions.csv exists but cannot be read well enough to
// add to it. Problems of the existing files that do not prevent that are left to `check`.
std::optional<TargetWorkspace> readTargetWorkspace(const std::string& dir, Diagnostics& diagnostics);

}  // namespace fd::lheo
