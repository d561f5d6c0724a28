// Chooses, for every translatable text of the model, the version in the output language. When
// that language is missing, the organisation's main language is used and a warning names the
// file, line and field — once per field, however many times a document uses it.
#pragma once

#include <set>
#include <string>
#include <tuple>

#include "model/diagnostics.h"
#include "model/values.h"

namespace fd::gen {

// Where a translatable text was read from, for the fallback warning.
struct TextOrigin {
    std::string file;
    int line = 0;
    std::string field;   // e.g. "course[MGT-ENT].audience"
};

class TextPicker {
public:
    TextPicker(std::string lang, std::string fallbackLang, Diagnostics& warnings);

    const std::string& lang() const { return lang_; }
    // The text in the output language, else the main language (with a warning), else "".
    std::string pick(const LocalizedText& text, const TextOrigin& origin);

private:
    std::string lang_, fallbackLang_;
    Diagnostics& warnings_;
    std::set<std::tuple<std::string, int, std::string>> warned_;
};

}  // namespace fd::gen
