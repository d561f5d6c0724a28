// How assessments read in the reader's language, for the text report and the audit workbook:
// severity and status names, a requirement's indicators and title, the detail message with its
// typed arguments formatted, and where the evidence is.
#pragma once

#include <string>

#include "generators/check/audit.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::check {

std::string severityName(Severity severity, const i18n::Localizer& l10n);
std::string statusName(Status status, const i18n::Localizer& l10n);
// "1, 26"; "" when the requirement serves no Qualiopi indicator.
std::string indicatorList(const std::string& requirementId);
std::string requirementTitle(const std::string& requirementId, const i18n::Localizer& l10n);
// The detail message; "" when the assessment has none.
std::string detailText(const Assessment& assessment, const i18n::Localizer& l10n);
// "courses.xml:12", "organisation.xml" (no line), "" (no file).
std::string fileLocation(const Evidence& evidence);
// "programmes/MGT.fr.pdf § prerequisites, contacts"; "" when no document shows the item.
std::string documentLocation(const Evidence& evidence);
// The course's title in the reader's language, else in the main language, else its id.
std::string courseTitle(const Course& course, const std::string& lang, const std::string& mainLanguage);

}  // namespace fd::check
