// HTML fragments found in LHEO text elements ("&lt;p&gt;…&lt;br /&gt;", "&amp;eacute;"): once the
// XML is parsed they read as "<p>…<br />" and "&eacute;". The workspace format holds plain text
// in paragraphs, so tags become paragraph breaks or disappear and entity references are decoded.
#pragma once

#include <string>
#include <string_view>

namespace fd::lheo {

// True when `text` holds a known HTML tag or character reference. Only known tag names count,
// so that "âge < 26 ans" or "<nom>" written as text are left alone.
bool containsMarkup(std::string_view text);

// True when `text` holds a known HTML tag.
bool containsTags(std::string_view text);

// The fragment as plain text: block-level tags (<p>, <br>, <li>, <div>, headings…) become blank
// lines, other known tags are dropped, and named, decimal and hexadecimal character references
// are decoded. When there are tags, the source's line breaks are spaces (as in HTML); without,
// they are kept. Unknown tags and unknown entity names are kept as written.
std::string markupToPlainText(std::string_view text);

}  // namespace fd::lheo
