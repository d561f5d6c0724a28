// `formadoc export-lheo WORKSPACE --out FILE.xml`: the workspace's catalogue as an LHEO 2.2
// document (lheo/offres/formation with its action, sessions and organisme-formation-responsable),
// texts in the organisation's main language. The output is deterministic (workspace order, no
// time stamp other than the courses' own update dates) and written atomically.
//
// LHEO asks for items the workspace does not hold (FORMACODE and target-public codes, type of
// route, funding…): each one a course cannot give is left out and reported as a warning
// (lheo.export.missing) at the course's line in courses.xml, so the receiving Carif-Oref knows
// what to expect; nothing is made up.
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::lheo {

struct ExportResult {
    size_t courses = 0;    // <formation> elements written
    size_t sessions = 0;   // <session> elements written
};

// The LHEO document as text.
std::string lheoXml(const Workspace& workspace, Diagnostics& diagnostics, ExportResult* result = nullptr);

// Writes lheoXml() to `outFile` atomically; throws fd::OutputError when it cannot.
ExportResult exportLheo(const Workspace& workspace, const std::string& outFile, Diagnostics& diagnostics);

}  // namespace fd::lheo
