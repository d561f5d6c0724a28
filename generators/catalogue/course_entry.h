// One course of the catalogue: its whole programme (FR-CAT-01: every FR-PROG-03..13 item),
// rendered from the programme template itself, so that catalogue and programme sheets never
// disagree (FR-CAT-02, "same data").
#pragma once

#include <set>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "generators/programme/latest_course_results.h"
#include "generators/template/template.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// The programme sections the catalogue prints once rather than in every entry: the translation
// notice and the Qualiopi mention (cover), the organisation's identity (its own page), the
// reference to the published results (the results page).
const std::set<std::string>& sectionsPrintedOnce();

// The entry's blocks: the programme's sections but those printed once, every heading one level
// down (the domain is level 1). The course title is the entry's only TOC entry and bookmark,
// anchored at courseAnchor(course); no other heading keeps an anchor, since every programme
// would repeat the same ones. Results and warnings as for generateProgramme.
std::vector<doc::Block> courseEntry(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                                    const tmpl::Template& programmeTemplate, const LatestCourseResults& results,
                                    Diagnostics& warnings);

}  // namespace fd::gen
