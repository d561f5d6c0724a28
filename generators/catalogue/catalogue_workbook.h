// The catalogue as a workbook, for funders and public offer listings: the columns follow the
// French open data on the training offer (organisation, SIRET, NDA, certification register and
// code, course, domain, hours, lowest and highest price, delivery, places, sessions, access
// deadline, last update, disability referent…), with Portuguese identifiers (NIF, DGERT
// certification, CNAEF area) for a Portuguese organisation. Typed cells throughout.
//   Courses    one row per course, in the catalogue's order (domain, then title);
//   Sessions   one row per session of the workspace, by start date: dates, place, trainers, mode,
//              trainees enrolled and whether it is upcoming, in progress or ended on the build date.
#pragma once

#include "doc/workbook.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// Prices: the per-person prices when the course has any, else its per-group ones, as the
// trainee or client pays them (VAT included when the organisation charges it). Upcoming
// sessions are those starting on or after fd::buildDate(). Texts missing in the output
// language fall back to the organisation's main language, with one warning per field.
doc::Workbook buildCatalogueWorkbook(const Workspace& workspace, const i18n::Localizer& l10n, Diagnostics& warnings);

}  // namespace fd::gen
