// Internationalisation over ICU: message catalogues (XLIFF 2.0 files holding ICU MessageFormat
// strings) and locale-aware formatting of money, dates, hours, percentages; collation.
// Languages are "fr", "pt", "en" and always map to fr_FR, pt_PT, en_GB (plain "pt" is Brazilian).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "model/values.h"

namespace fd::i18n {

// A named MessageFormat argument: text, integer or decimal number.
using Arg = std::variant<std::string, int64_t, double>;
using Args = std::map<std::string, Arg>;

class I18nError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// "fr" -> "fr_FR", "pt" -> "pt_PT", "en" -> "en_GB"; BCP 47 tag: "fr-FR"...
std::string icuLocaleId(const std::string& lang);
std::string bcp47(const std::string& lang);
bool isSupportedLanguage(const std::string& lang);
const std::vector<std::string>& supportedLanguages();

namespace detail { class CompiledMessage; }  // a parsed icu::MessageFormat (i18n/compiled_message.h)

// One language's messages, loaded from every locales/<lang>/*.xlf file (see i18n/xliff.h for
// the accepted XLIFF subset). Patterns are parsed once at load time; formatting is safe from
// several threads at once.
class Catalogue {
public:
    // Throws I18nError naming file and line on malformed XLIFF, duplicate keys or a message
    // that is not valid MessageFormat.
    static Catalogue load(const std::string& localesDir, const std::string& lang);

    const std::string& lang() const { return lang_; }
    bool has(const std::string& key) const { return messages_.count(key) != 0; }
    // The MessageFormat pattern; throws I18nError on an unknown key.
    const std::string& pattern(const std::string& key) const;
    // Formats the message with named arguments; throws I18nError on an unknown key or when an
    // argument the message uses is missing (arguments it does not use are ignored).
    std::string format(const std::string& key, const Args& args = {}) const;
    // Every key, sorted, and the argument names a message uses, sorted (for consistency tests).
    std::vector<std::string> keys() const;
    std::vector<std::string> argumentNames(const std::string& key) const;
    // Where a key was defined ("locales/fr/common.xlf:42").
    std::string origin(const std::string& key) const;

private:
    struct Entry {
        std::string pattern;
        std::string origin;
        std::shared_ptr<const detail::CompiledMessage> compiled;
    };
    const Entry& entry(const std::string& key) const;

    std::string lang_;
    std::map<std::string, Entry> messages_;
};

enum class DateStyle { Long, Short };   // "21 novembre 2026" / "21/11/2026"

// Locale-aware formatting. Cheap to copy (copies share ICU formatters created once by the
// constructor); every method is const and may be called from several threads at once.
class Formatter {
public:
    explicit Formatter(const std::string& lang);
    ~Formatter();
    Formatter(const Formatter&);
    Formatter& operator=(const Formatter&);

    const std::string& lang() const { return lang_; }
    std::string money(Cents cents) const;                  // "1 250,00 €" (U+202F, U+00A0), "€1,250.00"
    std::string date(const Date& d, DateStyle style = DateStyle::Long) const;  // pt_PT short is dd/mm/yyyy
    // Decimals are rounded half up; maxFractionDigits is 0..kMaxFractionDigits (else I18nError).
    static constexpr int kMaxFractionDigits = 6;
    std::string number(double value, int maxFractionDigits = 2) const;
    std::string integer(int64_t value) const;
    std::string percent(double ratio, int maxFractionDigits = 0) const;  // 0.875 -> "88 %" (U+00A0) / "88%"
    std::string hoursNumber(Hours h) const;                // "7,5" / "7.5" (no unit)
    // Collation for the language (ICU Collator, tertiary strength): compare() returns <0, 0, >0;
    // sortKey() gives bytes whose std::string order is the collation order (for repeated sorts).
    int compare(const std::string& a, const std::string& b) const;
    std::string sortKey(const std::string& s) const;

private:
    struct Impl;
    std::string lang_;
    std::shared_ptr<const Impl> impl_;
};

// A catalogue and a formatter for one language, with the conventional helpers every generator needs.
class Localizer {
public:
    Localizer(const std::string& localesDir, const std::string& lang);
    const Catalogue& messages() const { return catalogue_; }
    const Formatter& fmt() const { return formatter_; }
    const std::string& lang() const { return formatter_.lang(); }
    std::string msg(const std::string& key, const Args& args = {}) const { return catalogue_.format(key, args); }
    // Durations with plurals through the catalogue's "fmt.hours" message: "1 heure", "7,5 heures", "25 horas".
    std::string hours(Hours h) const;
    // The abbreviated form for tables, through "fmt.hours_abbr": "7,5 h" (U+00A0 before h).
    std::string hoursAbbreviated(Hours h) const;

private:
    Catalogue catalogue_;
    Formatter formatter_;
};

}  // namespace fd::i18n
