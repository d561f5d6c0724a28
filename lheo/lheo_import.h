// `formadoc import-lheo FILE.xml --into WORKSPACE`: the training offers of an LHEO file (the
// Carif-Oref network's XML format, versions 1.x and 2.x, and lheo-leger summaries) become courses
// in courses.xml and sessions in sessions.csv; organisation.xml is created from the offers'
// organisation when the workspace has none.
//
// Everything is reported as `file:line: element path: message` in the Diagnostics:
//   - each LHEO element holding data that has no place in the workspace format (lheo.unmapped);
//   - each repair: doubly encoded UTF-8, HTML markup or entities, placeholders such as "-",
//     a file not in UTF-8 (lheo.repair.*);
//   - each item the workspace format requires that the offer does not give (lheo.missing), so
//     that people know what to complete: nothing is made up;
//   - ids that had to change: LHEO numbers made into [A-Za-z0-9_-], and collisions with ids the
//     workspace already has, resolved with a "-2", "-3"… suffix.
// The files are written atomically, after everything has been read: an error (unreadable or
// malformed LHEO, no offer, a courses.xml or sessions.csv that cannot be added to, a write that
// fails) leaves the workspace untouched.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace fd::lheo {

struct ImportResult {
    bool imported = false;                  // false: nothing was written (see the errors)
    std::vector<std::string> courseIds;     // the imported courses' ids, in file order
    size_t sessions = 0;                    // sessions added to sessions.csv
    bool organisationCreated = false;       // organisation.xml was written
    std::vector<std::string> writtenFiles;  // file names in the workspace, in writing order
};

// `file` is also how diagnostics about the LHEO file name it. The workspace directory is created
// when missing.
ImportResult importLheo(const std::string& file, const std::string& workspaceDir, Diagnostics& diagnostics);

}  // namespace fd::lheo
