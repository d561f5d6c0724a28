// The results page of the catalogue (FR-CAT-04, FR-RES-01..04): the organisation's figures over
// the period the indicators document publishes, with its charts and method, drawn by the same
// builders as that document so that both print the same figures. The per-course figures stay
// in indicators.<lang>.pdf, which the template's results section refers to.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "generators/indicators/compute.h"
#include "i18n/i18n.h"

namespace fd::gen {

// Reference period and calculation date, the organisation's figures table and charts, the method.
std::vector<doc::Block> resultsPart(const IndicatorsReport& report, doc::Colour accent, const i18n::Localizer& l10n);

}  // namespace fd::gen
