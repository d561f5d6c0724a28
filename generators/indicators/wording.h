// How indicator figures read in a language: every text comes from locales/*/indicators.xlf.
// Shared by the PDF document and the workbook so that both say the same thing.
#pragma once

#include <string>

#include "generators/indicators/compute.h"
#include "generators/indicators/rate_kinds.h"
#include "i18n/i18n.h"

namespace fd::gen {

// "Année 2025" for a calendar year, else "Du 1 mars 2025 au 28 février 2026".
std::string periodText(const Period& period, const i18n::Localizer& l10n);

std::string rateName(RateKind kind, const i18n::Localizer& l10n);        // "Taux de satisfaction"
std::string rateShortName(RateKind kind, const i18n::Localizer& l10n);   // "Satisfaction"
// Who the denominator counts, named explicitly (FR-RES-04, RES-F4): "candidats présentés".
std::string rateBase(RateKind kind, const i18n::Localizer& l10n);
// Numerator and denominator in words: "4 satisfaits ou très satisfaits sur 7 répondants".
std::string rateFraction(RateKind kind, const Rate& rate, const i18n::Localizer& l10n);

// The rate as people should read it: "57 %" when significant, "non significatif (n = 3)" below
// the small-sample threshold (never a bare, misleading percentage), "aucune donnée" for n = 0.
std::string rateReading(const Rate& rate, const i18n::Localizer& l10n);
// Whether the rate may be read: "significatif (n = 7)", "non significatif (n = 3)", "aucune donnée".
std::string significanceText(const Rate& rate, const i18n::Localizer& l10n);
// The label printed on a chart bar: "57 % (n = 7)", "n.s. (n = 3)", "aucune donnée".
std::string chartLabel(const Rate& rate, const i18n::Localizer& l10n);
// The same for charts with many bars, where a long label would be cut: "57 %", "n.s.", "n = 0".
std::string shortChartLabel(const Rate& rate, const i18n::Localizer& l10n);

// What follows a number on a percentage axis in this language: "\u00A0%" in French, "%" in English.
std::string percentAxisSuffix(const i18n::Localizer& l10n);

}  // namespace fd::gen
