// The compliance report as people read it in a terminal, in the reader's language: the
// findings grouped by organisation then course, one per line
//   ID  severity  indicators  what is missing (field, file:line)
// aligned in columns, most serious first, then the counts.
#pragma once

#include <string>

#include "generators/check/audit.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::check {

std::string formatTextReport(const AuditReport& report, const Workspace& workspace, const i18n::Localizer& l10n);

// The counts alone, one line: what `build` prints when there is no mandatory gap.
std::string formatSummaryLine(const AuditReport& report, const i18n::Localizer& l10n);

}  // namespace fd::check
