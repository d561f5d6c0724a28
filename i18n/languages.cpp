// The three output languages and the full ICU locales they stand for.
#include <algorithm>

#include "i18n/i18n.h"

namespace fd::i18n {

namespace {

struct LanguageLocale {
    const char* lang;
    const char* icuId;  // always with a region: plain "pt" is Brazilian Portuguese for ICU
    const char* bcp47;
};

constexpr LanguageLocale kLanguages[] = {
    {"fr", "fr_FR", "fr-FR"},
    {"pt", "pt_PT", "pt-PT"},
    {"en", "en_GB", "en-GB"},
};

const LanguageLocale& find(const std::string& lang) {
    for (const LanguageLocale& l : kLanguages)
        if (lang == l.lang) return l;
    throw I18nError("unsupported language \"" + lang + "\" (expected fr, pt or en)");
}

}  // namespace

std::string icuLocaleId(const std::string& lang) { return find(lang).icuId; }

std::string bcp47(const std::string& lang) { return find(lang).bcp47; }

bool isSupportedLanguage(const std::string& lang) {
    return std::any_of(std::begin(kLanguages), std::end(kLanguages),
                       [&](const LanguageLocale& l) { return lang == l.lang; });
}

const std::vector<std::string>& supportedLanguages() {
    static const std::vector<std::string> langs = [] {
        std::vector<std::string> out;
        for (const LanguageLocale& l : kLanguages) out.emplace_back(l.lang);
        return out;
    }();
    return langs;
}

}  // namespace fd::i18n
