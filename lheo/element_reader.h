// Values of LHEO elements, read for the import: each element read is marked as consumed, and
// every repair made to its text or problem found in its value is reported at its line and path.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <string>

#include "lheo/lheo_document.h"
#include "model/diagnostics.h"
#include "model/values.h"

namespace fd::lheo {

class ElementReader {
public:
    ElementReader(LheoDocument& document, Diagnostics& diagnostics) : doc_(document), diagnostics_(diagnostics) {}

    LheoDocument& document() const { return doc_; }

    // The cleaned text (see text_cleaner.h); "" for a null element.
    std::string text(pugi::xml_node element) const;
    // A text in French, the language of LHEO; empty when the element says nothing.
    LocalizedText frenchText(pugi::xml_node element) const;
    // dict-boolean: "0" or "1".
    std::optional<bool> flag(pugi::xml_node element) const;
    // A dictionary code ("0", "12"): the trimmed value, "" when absent.
    std::string code(pugi::xml_node element) const;
    // Hours, whole as LHEO writes them or decimal.
    std::optional<Hours> hours(pugi::xml_node element) const;
    // Euros ("2500", "1290.50", "1 290,50").
    std::optional<Cents> euros(pugi::xml_node element) const;

    void warning(pugi::xml_node element, const std::string& key, std::map<std::string, std::string> args = {}) const;
    // A value that does not follow the LHEO dictionary: reported, then left out.
    void invalid(pugi::xml_node element, const std::string& value) const;

private:
    LheoDocument& doc_;
    Diagnostics& diagnostics_;
};

// AAAAMMJJ, as LHEO dates are written; nullopt for unknown (00000000, 99999999) or partial
// (AAAAMM00, AAAA0000) dates and for anything malformed.
std::optional<Date> parseLheoDate(std::string_view text);
// The date of an ISO 8601 date or date-time ("2015-12-03", "2015-12-03T10:00:00+01:00") or of
// AAAAMMJJ, as found in the datemaj / horodatage-modification attributes.
std::optional<Date> parseTimestampDate(std::string_view text);

}  // namespace fd::lheo
