// Generation of the programme PDFs, shared by `formadoc programme` and `formadoc build`.
#pragma once

#include <string>
#include <vector>

#include "cli/progress.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::cli {

struct GenerationRequest {
    const Workspace* workspace = nullptr;
    std::vector<std::string> languages;
    std::string outDir;
    unsigned jobs = 1;
};

// Writes DIR/programmes/<course-id>.<lang>.pdf for each course and language; returns the
// number of files written. Missing translations are added to `warnings`.
size_t writeProgrammes(const GenerationRequest& request, const std::vector<const Course*>& courses,
                       Diagnostics& warnings);

}  // namespace fd::cli
