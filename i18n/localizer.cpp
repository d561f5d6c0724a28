// Localizer: a language's catalogue and formatter together, with the duration helpers.
#include "i18n/i18n.h"

namespace fd::i18n {

namespace {

// Whole hours go to ICU as integers and the others as decimals, so that plural rules see
// "1,5" (French singular, Portuguese plural) rather than a rounded value.
Arg hoursArgument(Hours h) {
    if (h.hundredths % 100 == 0) return Arg{h.hundredths / 100};
    return Arg{h.value()};
}

}  // namespace

Localizer::Localizer(const std::string& localesDir, const std::string& lang)
    : catalogue_(Catalogue::load(localesDir, lang)), formatter_(lang) {}

std::string Localizer::hours(Hours h) const { return msg("fmt.hours", {{"n", hoursArgument(h)}}); }

std::string Localizer::hoursAbbreviated(Hours h) const { return msg("fmt.hours_abbr", {{"n", hoursArgument(h)}}); }

}  // namespace fd::i18n
