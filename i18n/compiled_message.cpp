// CompiledMessage: parse once, check the arguments, format with a per-thread clone.
#include "i18n/compiled_message.h"

#include <algorithm>
#include <atomic>
#include <unordered_map>

#include <unicode/messagepattern.h>
#include <unicode/parseerr.h>

#include "i18n/icu_text.h"

namespace fd::i18n::detail {

namespace {

const char* explain(UErrorCode status) {
    switch (status) {
        case U_UNMATCHED_BRACES: return "unbalanced braces";
        case U_DEFAULT_KEYWORD_MISSING: return "a plural or select argument needs an \"other\" case";
        case U_DUPLICATE_KEYWORD: return "the same case appears twice";
        case U_ILLEGAL_ARGUMENT_ERROR: return "unknown argument type or style";
        case U_PATTERN_SYNTAX_ERROR: return "syntax error";
        default: return "cannot be parsed";
    }
}

// ICU's offsets are often 0; the text around the error says more.
std::string describeParseError(UErrorCode status, const UParseError& where) {
    std::string text = std::string("invalid MessageFormat pattern: ") + explain(status) + " (" + u_errorName(status) + ")";
    const std::string context = toUtf8(icu::UnicodeString(where.preContext)) + toUtf8(icu::UnicodeString(where.postContext));
    if (!context.empty()) text += " near \"" + context + "\"";
    return text;
}

// Named arguments anywhere in the pattern; numbered ones ({0}) are refused because
// callers pass arguments by name only.
std::vector<std::string> namedArguments(const icu::UnicodeString& pattern) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    icu::MessagePattern parts(pattern, &where, status);
    if (U_FAILURE(status)) throw I18nError(describeParseError(status, where));
    if (parts.hasNumberedArguments())
        throw I18nError("numbered arguments such as {0} are not allowed; give every argument a name");

    std::vector<std::string> names;
    for (int32_t i = 0; i < parts.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parts.getPart(i);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_NAME) names.push_back(toUtf8(parts.getSubstring(part)));
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

icu::Formattable toFormattable(const Arg& arg) {
    if (const auto* text = std::get_if<std::string>(&arg)) return icu::Formattable(toIcu(*text));
    if (const auto* whole = std::get_if<int64_t>(&arg)) return icu::Formattable(*whole);
    return icu::Formattable(std::get<double>(arg));
}

std::atomic<uint64_t> nextId{1};

}  // namespace

CompiledMessage::CompiledMessage(const std::string& pattern, const icu::Locale& locale) : id_(nextId++) {
    icu::UnicodeString icuPattern = toIcu(pattern);
    argumentNames_ = namedArguments(icuPattern);
    for (const std::string& name : argumentNames_) icuArgumentNames_.push_back(toIcu(name));

    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    format_ = std::make_unique<icu::MessageFormat>(icuPattern, locale, where, status);
    if (U_FAILURE(status)) throw I18nError(describeParseError(status, where));
}

const std::string* CompiledMessage::missingArgument(const Args& args) const {
    for (const std::string& name : argumentNames_)
        if (args.count(name) == 0) return &name;
    return nullptr;
}

const icu::MessageFormat& CompiledMessage::formatForThisThread() const {
    // Bounded: a process that loads catalogues again and again (the tests) starts afresh.
    constexpr size_t kMaxClones = 8192;
    thread_local std::unordered_map<uint64_t, std::unique_ptr<icu::MessageFormat>> clones;
    std::unique_ptr<icu::MessageFormat>& clone = clones[id_];
    if (!clone) {
        if (clones.size() > kMaxClones) {
            clones.clear();
            return formatForThisThread();
        }
        clone.reset(format_->clone());
        if (!clone) throw I18nError("out of memory copying a message format");
    }
    return *clone;
}

std::string CompiledMessage::format(const Args& args) const {
    const auto formatted = [this](const Args& given) {
        std::vector<icu::Formattable> values;
        values.reserve(argumentNames_.size());
        for (const std::string& name : argumentNames_) values.push_back(toFormattable(given.at(name)));
        icu::UnicodeString out;
        UErrorCode status = U_ZERO_ERROR;
        formatForThisThread().format(icuArgumentNames_.data(), values.data(), static_cast<int32_t>(values.size()), out,
                                     status);
        check(status, "cannot format the message with these arguments");
        return toUtf8(out);
    };
    if (!argumentNames_.empty()) return formatted(args);
    std::call_once(fixedOnce_, [&] { fixedText_ = formatted({}); });
    return fixedText_;
}

}  // namespace fd::i18n::detail
