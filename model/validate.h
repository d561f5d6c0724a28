// Cross-file validation of a workspace (requirements VAL-01..13): identifiers and their check
// digits, official codes, date order, hours, references between files, duplicate ids, and what each
// jurisdiction requires. Every problem is reported, not just the first, as a Diagnostic with the
// file and line the readers recorded in each SourceLoc; the data itself is never changed.
#pragma once

#include "model/diagnostics.h"
#include "model/model.h"

namespace fd {

// Which files could be read. The checks of a file that could not be read are skipped, and so are
// references into it: a session is not "of an unknown course" because courses.xml was malformed.
struct ValidationScope {
    bool organisation = true;   // also gives the jurisdiction the other checks depend on
    bool courses = true;
    bool sessions = true;
};

// `today` is the date the documents are produced on (fd::buildDate()): a course sheet cannot
// claim an update later than that.
void validateWorkspace(const Workspace& workspace, const Date& today, Diagnostics& diagnostics,
                       const ValidationScope& scope = {});

}  // namespace fd
