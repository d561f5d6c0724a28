// Small bridges between std::string (UTF-8) and ICU: conversions and error checks.
// Internal to the i18n layer.
#pragma once

#include <string>

#include <unicode/unistr.h>
#include <unicode/utypes.h>

namespace fd::i18n::detail {

icu::UnicodeString toIcu(const std::string& utf8);
std::string toUtf8(const icu::UnicodeString& text);

// Throws I18nError("<what>: <ICU error name>") when `status` is a failure (warnings pass).
void check(UErrorCode status, const std::string& what);

}  // namespace fd::i18n::detail
