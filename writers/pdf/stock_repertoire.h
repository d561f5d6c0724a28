// The fixed set of characters a stock font subset holds (stock_subset.h): what the documents of
// our three languages draw, and the names of people from most of Europe. Fixed, so that the
// bytes of a document never depend on which other documents were written alongside it.
#pragma once

#include <vector>

namespace fd::pdf {

// Printable ASCII, Latin-1 and Latin Extended-A (U+0020–U+007E, U+00A0–U+017F), the Romanian
// comma-below letters, the general punctuation of typeset text (dashes, quotation marks,
// bullet, ellipsis, U+202F, per mille, single guillemets), the euro sign, ™ and the minus sign;
// in ascending order.
const std::vector<char32_t>& stockRepertoire();

}  // namespace fd::pdf
