// The audit workbook an organisation hands its auditor:
//   Summary          one row per sheet below: requirements checked, OK, missing, invalid,
//                    expiring, mandatory gaps; and a last row counting each assessment once.
//   Indicator N      one sheet per Qualiopi indicator the checked requirements serve (1, 2, 3,
//                    5, 6, 8, 11, 26…): per organisation / course, each requirement's status and
//                    its evidence (generated document and section, input file, field and line).
//   <family>         requirements that serve no Qualiopi indicator, by family (FR-FMT, PT-PROG,
//                    PT-REG, PT-FMT, EN): the Portuguese rules and the legal mentions.
// Cells are typed: counts and line numbers are numbers, the check date is a date.
#pragma once

#include "doc/workbook.h"
#include "generators/check/audit.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::check {

doc::Workbook buildAuditWorkbook(const AuditReport& report, const Workspace& workspace, const i18n::Localizer& l10n);

}  // namespace fd::check
