// Generation of the course catalogue, shared by `formadoc catalogue` and `formadoc build`:
// DIR/catalogue.<lang>.pdf and DIR/catalogue.<lang>.xlsx for each language of the request.
#pragma once

#include <cstddef>

#include "cli/programmes.h"
#include "model/diagnostics.h"

namespace fd::cli {

// Returns the number of files written. The results page shows the figures of the period
// `formadoc indicators` publishes by default, so that the catalogue and indicators.<lang>.pdf
// of one build agree. Texts missing in a language are added to `warnings`.
size_t writeCatalogues(const GenerationRequest& request, Diagnostics& warnings);

}  // namespace fd::cli
