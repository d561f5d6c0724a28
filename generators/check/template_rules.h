// The templates in use against the requirements: every requirement a document kind must carry
// in this jurisdiction (and case) is declared by a section of the template that produces it.
// A workspace override that dropped a section is reported under the IDs that section covered.
#pragma once

#include "generators/check/recorder.h"

namespace fd::check {

void checkTemplates(Recorder& recorder);

// The IDs a template of `document` must declare for this workspace: the registry's requirements
// of that document kind and jurisdiction that apply to the organisation or to any of its courses,
// or may apply (applicability.h: Undetermined).
std::vector<std::string> requiredTemplateIds(const Workspace& workspace, DocumentKind document);

}  // namespace fd::check
