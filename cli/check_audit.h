// The compliance check as the commands run it: the templates the documents will be generated
// from, then every rule of generators/check against the workspace, dated fd::buildDate().
// Shared by `formadoc check` and `formadoc build` (which checks before writing anything).
#pragma once

#include <iosfwd>

#include "generators/check/audit.h"
#include "model/model.h"

namespace fd::cli {

// Throws tmpl::TemplateError when a template in use is broken (guarded() turns it into exit 2).
check::AuditReport auditWorkspace(const Workspace& workspace);

// The text report in the user's language (FORMADOC_LANG), on `out`.
void printAuditReport(const check::AuditReport& report, const Workspace& workspace, std::ostream& out);

}  // namespace fd::cli
