// The index of the catalogue: every course by reference, with its title and the page its entry
// starts on. Page numbers are filled in by the layout (doc::Run::pageOf); each row links to
// the entry.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "generators/common/text_picker.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::gen {

// Rows in the collation order of the references; `courses` is every course of the catalogue.
doc::Table courseIndex(const std::vector<const Course*>& courses, const i18n::Localizer& l10n, TextPicker& picker);

}  // namespace fd::gen
