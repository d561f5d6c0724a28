// One message pattern parsed once into an icu::MessageFormat, formatted many times.
// Internal to the i18n layer (Catalogue holds these).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include "i18n/i18n.h"

namespace fd::i18n::detail {

class CompiledMessage {
public:
    // Parses `pattern` for `locale`; throws I18nError saying what is wrong (without location:
    // the caller knows the file and line) when it is not MessageFormat with named arguments.
    CompiledMessage(const std::string& pattern, const icu::Locale& locale);

    // Argument names used anywhere in the pattern (plural/select branches too), sorted, unique.
    const std::vector<std::string>& argumentNames() const { return argumentNames_; }
    // The first argument the pattern uses that `args` lacks, or nullptr.
    const std::string* missingArgument(const Args& args) const;
    // Formats with the arguments the pattern uses; throws I18nError if ICU refuses them (e.g.
    // text given to a plural argument). Call missingArgument() first.
    std::string format(const Args& args) const;

private:
    // icu::MessageFormat::format is const but fills caches on first use (the default number
    // format, the plural rules) without locking, and msgfmt.h asks for external
    // synchronisation: each thread formats with its own clone, made on first use, so that
    // threads issuing certificates side by side never wait for each other.
    const icu::MessageFormat& formatForThisThread() const;

    uint64_t id_;   // identifies this message in the per-thread clones (an address may be reused)
    std::unique_ptr<icu::MessageFormat> format_;
    std::vector<std::string> argumentNames_;
    std::vector<icu::UnicodeString> icuArgumentNames_;  // the same, ready for ICU
    // A message without arguments always gives the same text: formatted once.
    mutable std::once_flag fixedOnce_;
    mutable std::string fixedText_;
};

}  // namespace fd::i18n::detail
