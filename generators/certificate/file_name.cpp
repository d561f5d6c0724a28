// Certificate file names: the register number, then the trainee's name in plain lower-case
// ASCII, so that the files sort by number, read well in any file manager and survive e-mail
// attachments and archives that mangle non-ASCII names.
#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "generators/certificate/certificate.h"

namespace fd::gen {

namespace {

// Long enough for any real name, short enough to keep the whole name far below the 255 bytes
// file systems allow.
constexpr std::size_t kMaxSlugLength = 60;

// "Łukasz Œhler-Straße" -> "Lukasz OEhler-Strasse". Transliterators are costly to create and
// not meant to be shared between threads: one per thread.
std::string toAscii(const std::string& text) {
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU transliterator: ") + u_errorName(status));
        return created;
    }();
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    transliterator->transliterate(unicode);
    std::string ascii;
    unicode.toUTF8String(ascii);
    return ascii;
}

// Lower-case letters and digits; every other run of characters becomes one '-'.
std::string slug(const std::string& text) {
    std::string out;
    for (const char raw : toAscii(text)) {
        const char c = (raw >= 'A' && raw <= 'Z') ? static_cast<char>(raw - 'A' + 'a') : raw;
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    if (out.size() > kMaxSlugLength) {
        out.resize(kMaxSlugLength);
        // Cut at a word boundary when there is one.
        if (const auto dash = out.rfind('-'); dash != std::string::npos && dash > kMaxSlugLength / 2) out.resize(dash);
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

// Register numbers ("HFA-2026-00012") and language codes: ASCII letters, digits and '-' only.
void checkToken(const std::string& token, const char* what) {
    const bool safe = !token.empty() && token.front() != '-' && token.find_first_not_of(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
    if (!safe) throw std::invalid_argument(std::string("cannot be part of a certificate file name: ") + what + " '" + token + "'");
}

}  // namespace

std::string certificateFileName(const CertificateIdentity& identity, const Trainee& trainee, const std::string& lang) {
    checkToken(identity.number, "number");
    checkToken(lang, "language");
    const std::string name = slug(trainee.familyName + ' ' + trainee.givenNames);
    return identity.number + (name.empty() ? std::string() : '_' + name) + '.' + lang + ".pdf";
}

}  // namespace fd::gen
