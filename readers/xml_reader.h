// Reading typed values out of a parsed workspace XML file, reporting each malformed value with
// its file, line and field. The organisation and courses readers are written with it.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/model.h"
#include "readers/enum_names.h"
#include "readers/xml_file.h"

namespace fd::readers {

// An allowed child element; `repeatable` ones may occur several times.
struct ChildRule {
    const char* name;
    bool repeatable = false;
};

class XmlReader {
public:
    // `mainLanguage` is the organisation's main language; empty when unknown (then a translatable
    // text without it is not reported).
    XmlReader(const XmlFile& file, Diagnostics& diagnostics, std::string mainLanguage)
        : file_(file), diagnostics_(diagnostics), mainLanguage_(std::move(mainLanguage)) {}

    const std::string& fileName() const { return file_.name(); }
    const std::string& mainLanguage() const { return mainLanguage_; }
    int line(pugi::xml_node node) const { return file_.lineOf(node); }
    SourceLoc location(pugi::xml_node node) const { return SourceLoc{file_.name(), line(node), {}}; }

    void error(pugi::xml_node node, const std::string& field, const std::string& key,
               std::map<std::string, std::string> args = {}) const;
    void warning(pugi::xml_node node, const std::string& field, const std::string& key,
                 std::map<std::string, std::string> args = {}) const;

    // Warns about unknown child elements (a typo loses data silently otherwise) and reports
    // non-repeatable ones given twice.
    void checkChildren(pugi::xml_node node, const std::vector<ChildRule>& rules, const std::string& field) const;

    // The element's text with whitespace collapsed; "" for a null node.
    std::string plainText(pugi::xml_node element) const;
    // The attribute's value, trimmed; "" when absent.
    std::string attribute(pugi::xml_node node, const char* name) const;

    // Typed attributes: nullopt when absent or empty, and also (after reporting it) when malformed.
    std::optional<Date> date(pugi::xml_node node, const char* name, const std::string& field) const;
    std::optional<int> integer(pugi::xml_node node, const char* name, const std::string& field, int min,
                               int max) const;
    std::optional<Hours> hours(pugi::xml_node node, const char* name, const std::string& field) const;
    std::optional<Cents> cents(pugi::xml_node node, const char* name, const std::string& field) const;
    std::optional<bool> boolean(pugi::xml_node node, const char* name, const std::string& field) const;
    // A percentage with at most one decimal ("20", "5.5"), in tenths of a percent (per mille).
    std::optional<int> permille(pugi::xml_node node, const char* name, const std::string& field) const;

    template <class E>
    std::optional<E> choice(pugi::xml_node node, const char* name, const std::string& field,
                            const NameTable<E>& table) const {
        const std::string value = attribute(node, name);
        if (value.empty()) return std::nullopt;
        if (auto found = lookupName(table, value)) return found;
        reportChoice(node, field, value, allowedNames(table));
        return std::nullopt;
    }
    // A word of a fixed list (contact kinds, Qualiopi categories…); false after reporting it when not.
    bool checkWord(pugi::xml_node node, const std::string& field, const std::string& value,
                   const std::vector<std::string>& allowed) const;

    // A translatable element (see localized_text_reader.h); records its line in `loc` under `key`.
    LocalizedText text(pugi::xml_node element, const std::string& field, SourceLoc& loc,
                       const std::string& key) const;

private:
    void reportChoice(pugi::xml_node node, const std::string& field, const std::string& value,
                      const std::string& allowed) const;

    const XmlFile& file_;
    Diagnostics& diagnostics_;
    std::string mainLanguage_;
};

// "prefix.name", or "name" when the prefix is empty: the dotted field names of diagnostics.
std::string subField(const std::string& prefix, const std::string& name);

}  // namespace fd::readers
