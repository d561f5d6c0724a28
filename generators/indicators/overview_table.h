// All courses at a glance (FR-RES-04: per-course scope): one row per course with its trainees
// and headline rates, each course name linking to its section. Read with the legend below it:
// "n.s." for a rate on too few people, "–" when there is no one to count, an empty cell when
// the rate does not apply to the course.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "generators/common/text_picker.h"
#include "generators/indicators/compute.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

// The heading, the table and its legend; nothing when the workspace has no course.
std::vector<doc::Block> coursesOverview(const Workspace& workspace, const IndicatorsReport& report,
                                        doc::Colour accent, const i18n::Localizer& l10n, TextPicker& picker);

}  // namespace fd::gen
