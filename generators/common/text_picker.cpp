#include "generators/common/text_picker.h"

#include <utility>

namespace fd::gen {

TextPicker::TextPicker(std::string lang, std::string fallbackLang, Diagnostics& warnings)
    : lang_(std::move(lang)), fallbackLang_(std::move(fallbackLang)), warnings_(warnings) {}

std::string TextPicker::pick(const LocalizedText& text, const TextOrigin& origin) {
    bool usedFallback = false;
    const std::string* found = text.get(lang_, fallbackLang_, &usedFallback);
    if (!found) return {};
    if (usedFallback && warned_.emplace(origin.file, origin.line, origin.field).second)
        warnings_.warning(origin.file, origin.line, origin.field, "diag.generation.untranslated",
                          {{"lang", lang_}, {"fallback", fallbackLang_}});
    return *found;
}

}  // namespace fd::gen
