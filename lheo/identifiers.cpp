#include "lheo/identifiers.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace fd::lheo {

namespace {

constexpr size_t maxIdLength = 48;

bool isIdCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Latin letters to ASCII through ICU's Latin-ASCII transliterator; the text unchanged if ICU
// cannot provide it (the id then simply loses its non-ASCII letters).
std::string toAscii(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> latinAscii(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !latinAscii) return std::string(text);
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    latinAscii->transliterate(unicode);
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

}  // namespace

std::string sanitiseId(std::string_view text) {
    std::string id;
    bool pendingDash = false;
    for (char c : toAscii(text)) {
        if (!isIdCharacter(c)) {
            pendingDash = !id.empty();
            continue;
        }
        if (pendingDash) id.push_back('-');
        pendingDash = false;
        id.push_back(c);
    }
    if (id.size() > maxIdLength) id.resize(maxIdLength);
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
}

std::string IdAllocator::claim(const std::string& wanted) {
    std::string id = wanted;
    for (int n = 2; taken_.count(id) != 0; ++n) id = wanted + "-" + std::to_string(n);
    taken_.insert(id);
    return id;
}

}  // namespace fd::lheo
