// The rules Excel imposes on worksheet names, checked before anything is written.
#pragma once

#include "doc/workbook.h"

namespace fd::xlsx {

// Throws std::invalid_argument naming the sheet and the broken rule: empty, longer than 31
// characters, containing one of [ ] : * ? / \, starting or ending with an apostrophe, or equal
// (ignoring case) to another sheet's name.
void validateSheetNames(const doc::Workbook& workbook);

}  // namespace fd::xlsx
