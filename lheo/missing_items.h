// What an imported course or organisation still lacks for the workspace format (and for the
// documents the regulations require: FR-PROG-01..23), reported as warnings so that people know
// what to complete. Nothing is filled in for them.
#pragma once

#include <string>

#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::lheo {

struct MissingContext {
    std::string file;       // the LHEO file
    int line = 0;           // the offer's line
    std::string path;       // the offer's element path
};

// `deliveryGiven`: LHEO stated the delivery mode (otherwise the default was kept);
// `certifying`: the offer says it prepares a certification.
void reportMissingCourseItems(const Course& course, bool deliveryGiven, bool certifying, const MissingContext& at,
                              Diagnostics& diagnostics);

void reportMissingOrganisationItems(const Organisation& organisation, const MissingContext& at,
                                    Diagnostics& diagnostics);

}  // namespace fd::lheo
