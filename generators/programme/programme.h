// The training programme of one course (FR-PROG for a French organisation, PT-PROG for a
// Portuguese one) in one language, as a document tree. Its structure and wording come from
// templates/programme/<fr|pt>.xml (or the workspace's own copy) and locales/*/programme.xlf.
#pragma once

#include <string>

#include "doc/doc.h"
#include "generators/programme/latest_course_results.h"
#include "generators/template/template.h"
#include "i18n/i18n.h"
#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::gen {

// Roots of programme templates: organisation, course, document (DocumentFacts), mentions
// (LegalMentions), results and registration (programme_roots.h).
const tmpl::Vocabulary& programmeVocabulary();

// "fr" for a French organisation, "pt" for a Portuguese one: the template follows the law
// that applies, whatever the output language.
std::string programmeTemplateName(const Organisation& org);

// WORKSPACE/templates/programme/<name>.xml when present, else DATA_DIR's; checked against
// `messages`. Throws tmpl::TemplateError.
tmpl::Template loadProgrammeTemplate(const std::string& dataDir, const Workspace& workspace,
                                     const i18n::Catalogue& messages);

// The template rendered for `course`: blocks, the sections that produced content (ids and first
// blocks) and the document texts. generateProgramme makes it a document; the catalogue embeds
// its sections. Results, warnings and dates as for generateProgramme.
tmpl::Rendered renderProgramme(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                               const tmpl::Template& programmeTemplate, const LatestCourseResults& results,
                               Diagnostics& warnings);

// The result indicators printed (FR-PROG-20) are `course`'s entry in `results`, built once for
// all the programmes of a run. Texts missing in the output language fall back to the
// organisation's main language, with one warning per field in `warnings`. Dates that depend on
// "today" (certification validity, upcoming sessions, creation date) use fd::buildDate().
doc::Document generateProgramme(const Workspace& workspace, const Course& course, const i18n::Localizer& l10n,
                                const tmpl::Template& programmeTemplate, const LatestCourseResults& results,
                                Diagnostics& warnings);

// "programmes/<course-id>.<lang>.pdf", relative to the output folder. Throws
// std::invalid_argument when the course id cannot be a file name.
std::string programmeFileName(const Course& course, const std::string& lang);

}  // namespace fd::gen
