// Generation of the internal regulations and the policy documents, shared by
// `formadoc regulation` and `formadoc build`.
#pragma once

#include <cstddef>

#include "cli/programmes.h"
#include "model/diagnostics.h"

namespace fd::cli {

// Writes, for each language, DIR/regulation.<lang>.pdf and DIR/policies/<name>.<lang>.pdf
// (complaints, accessibility, data-protection); returns the number of files written. Every
// language of one document carries the same edition (version and entry into force). Missing
// translations are added to `warnings`.
size_t writeRegulations(const GenerationRequest& request, Diagnostics& warnings);

}  // namespace fd::cli
