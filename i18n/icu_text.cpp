// UTF-8 <-> ICU conversions and UErrorCode checks.
#include "i18n/icu_text.h"

#include "i18n/i18n.h"

namespace fd::i18n::detail {

icu::UnicodeString toIcu(const std::string& utf8) { return icu::UnicodeString::fromUTF8(utf8); }

std::string toUtf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

void check(UErrorCode status, const std::string& what) {
    if (U_FAILURE(status)) throw I18nError(what + ": " + u_errorName(status));
}

}  // namespace fd::i18n::detail
