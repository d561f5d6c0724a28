// Catalogue: every message of one language, parsed at load time from locales/<lang>/*.xlf.
#include <filesystem>

#include <unicode/locid.h>

#include "i18n/compiled_message.h"
#include "i18n/i18n.h"
#include "i18n/xliff.h"

namespace fd::i18n {

namespace {

// A translated file (trgLang set) gives its <target>s; a source-only file gives its <source>s
// and must be written in the catalogue's language.
void checkLanguage(const XliffDocument& doc, const std::string& lang) {
    const std::string& declared = doc.trgLang.empty() ? doc.srcLang : doc.trgLang;
    if (primaryLanguage(declared) != lang)
        throw I18nError(doc.path + ":" + std::to_string(doc.line) + ": the file is in \"" + declared + "\" but sits in the \"" + lang + "\" folder");
}

}  // namespace

Catalogue Catalogue::load(const std::string& localesDir, const std::string& lang) {
    const icu::Locale locale(icuLocaleId(lang).c_str());  // also rejects unsupported languages
    const std::string dir = (std::filesystem::path(localesDir) / lang).string();
    const std::vector<std::string> files = listXliffFiles(dir);
    if (files.empty()) throw I18nError(dir + ": no .xlf file");

    Catalogue catalogue;
    catalogue.lang_ = lang;
    for (const std::string& file : files) {
        XliffDocument doc = readXliffFile(file);
        checkLanguage(doc, lang);
        const bool translated = !doc.trgLang.empty();
        for (XliffUnit& unit : doc.units) {
            const std::string unitAt = file + ":" + std::to_string(unit.line);
            if (translated && !unit.target)
                throw I18nError(unitAt + ": unit \"" + unit.id + "\" has no <target> translation");
            auto found = catalogue.messages_.find(unit.id);
            if (found != catalogue.messages_.end())
                throw I18nError(unitAt + ": duplicate message key \"" + unit.id + "\" (first defined at " +
                                found->second.origin + ")");

            const int textLine = translated ? unit.targetLine : unit.sourceLine;
            Entry message;
            message.pattern = translated ? std::move(*unit.target) : std::move(unit.source);
            message.origin = unitAt;
            try {
                message.compiled = std::make_shared<const detail::CompiledMessage>(message.pattern, locale);
            } catch (const I18nError& e) {
                throw I18nError(file + ":" + std::to_string(textLine) + ": message \"" + unit.id + "\": " + e.what());
            }
            catalogue.messages_.emplace(unit.id, std::move(message));
        }
    }
    return catalogue;
}

const Catalogue::Entry& Catalogue::entry(const std::string& key) const {
    auto found = messages_.find(key);
    if (found == messages_.end()) throw I18nError("unknown message key \"" + key + "\" in the \"" + lang_ + "\" catalogue");
    return found->second;
}

const std::string& Catalogue::pattern(const std::string& key) const { return entry(key).pattern; }

std::string Catalogue::format(const std::string& key, const Args& args) const {
    const Entry& e = entry(key);
    if (const std::string* missing = e.compiled->missingArgument(args))
        throw I18nError(e.origin + ": message \"" + key + "\" needs the argument \"" + *missing + "\"");
    try {
        return e.compiled->format(args);
    } catch (const I18nError& error) {
        throw I18nError(e.origin + ": message \"" + key + "\": " + error.what());
    }
}

std::vector<std::string> Catalogue::keys() const {
    std::vector<std::string> out;
    out.reserve(messages_.size());
    for (const auto& message : messages_) out.push_back(message.first);
    return out;
}

std::vector<std::string> Catalogue::argumentNames(const std::string& key) const {
    return entry(key).compiled->argumentNames();
}

std::string Catalogue::origin(const std::string& key) const { return entry(key).origin; }

}  // namespace fd::i18n
