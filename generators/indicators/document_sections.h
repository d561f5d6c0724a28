// The sections of the result indicators document, each a small builder whose wording is all
// message keys (locales/*/indicators.xlf). The document is assembled in C++ rather than from a
// template because the template language has no chart element and no rate values yet.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "generators/common/text_picker.h"
#include "generators/indicators/compute.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

// Title (EN-01), reference period, calculation date (FR-RES-03, -04), and in English the
// notice that the document is a translation (EN-02).
std::vector<doc::Block> titleSection(const Workspace& workspace, const IndicatorsReport& report,
                                     const i18n::Localizer& l10n);

// The organisation's figures table, rates chart and, with two years or more, year-over-year chart.
// A chart in which no rate is significant is left out (the table says "not significant").
std::vector<doc::Block> organisationSection(const IndicatorsReport& report, doc::Colour accent,
                                            const i18n::Localizer& l10n);

// How each figure is calculated, in words, with the period rule and the small-sample rule.
std::vector<doc::Block> methodSection(const IndicatorsReport& report, const i18n::Localizer& l10n);

// One course: figures table and its chart (year over year when there are earlier years, else the
// period's rates), or a sentence when no session ended in the period; for a certifying course,
// the indicator 3 content (certificationSection).
std::vector<doc::Block> courseSection(const Course& course, const IndicatorsReport& report, doc::Colour accent,
                                      const i18n::Localizer& l10n, TextPicker& picker);

// Qualiopi indicator 3 (FR-RES-05): the certification, its rate over the candidates presented,
// the blocks that can be validated, equivalences, bridges, follow-up paths and job outcomes.
// Nothing for a course that is not certifying.
std::vector<doc::Block> certificationSection(const Course& course, const Figures& figures,
                                             const i18n::Localizer& l10n, TextPicker& picker);

// Whether some trainee of `course` is counted in the period.
bool courseHasResults(const Course& course, const IndicatorsReport& report);

// The anchor of a course's heading: "course-<id>".
std::string courseAnchor(const Course& course);

}  // namespace fd::gen
