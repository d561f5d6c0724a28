// The register as a spreadsheet (TRACE-03, TRACE-04): one row per version of each certificate,
// for auditors and for the dossier (TRACE-02). Headers and statuses come from register.xlf.
#pragma once

#include <vector>

#include "doc/workbook.h"
#include "i18n/i18n.h"
#include "register/register.h"

namespace fd::reg {

// Rows in the order given (list() gives number order), each with its edition in its language. An
// issued version that a later issued version in the same language replaced is shown as
// superseded, naming the newest version; versions in other languages replace nothing.
doc::Workbook registerWorkbook(const std::vector<RegisterEntry>& entries, const i18n::Localizer& l10n);

}  // namespace fd::reg
