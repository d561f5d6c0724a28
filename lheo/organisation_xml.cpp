#include "lheo/organisation_xml.h"

#include <pugixml.hpp>

#include <utility>

#include "lheo/localized_xml.h"
#include "lheo/xml_output.h"

namespace fd::lheo {

namespace {

void appendAddress(pugi::xml_node root, const Address& address) {
    if (address.street.empty() && address.postcode.empty() && address.city.empty()) return;
    pugi::xml_node element = root.append_child("address");
    size_t start = 0;
    while (start < address.street.size()) {
        size_t end = address.street.find('\n', start);
        if (end == std::string::npos) end = address.street.size();
        appendTextElement(element, "street", address.street.substr(start, end - start));
        start = end + 1;
    }
    appendTextElement(element, "postcode", address.postcode);
    appendTextElement(element, "city", address.city);
    appendTextElement(element, "country", address.country);
}

void appendIdentifiers(pugi::xml_node root, const Organisation& org) {
    if (org.siret.empty() && org.nda.empty() && org.nif.empty() && org.vatNumber.empty()) return;
    pugi::xml_node element = root.append_child("identifiers");
    appendTextElement(element, "siret", org.siret);
    appendTextElement(element, "nda", org.nda);
    if (!org.ndaRegion.empty()) element.child("nda").append_attribute("region").set_value(org.ndaRegion.c_str());
    appendTextElement(element, "rcs", org.rcsCity);
    appendTextElement(element, "vat-number", org.vatNumber);
    appendTextElement(element, "nif", org.nif);
}

void appendContact(pugi::xml_node root, const char* kind, const Contact& contact, const std::string& mainLanguage) {
    if (contact.empty()) return;
    pugi::xml_node element = root.append_child("contact");
    element.append_attribute("kind").set_value(kind);
    for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"name", &contact.name},
                                      {"email", &contact.email},
                                      {"phone", &contact.phone}})
        if (!value->empty()) element.append_attribute(name).set_value(value->c_str());
    appendLocalized(element, "role", contact.role, mainLanguage);
}

}  // namespace

std::string organisationXml(const Organisation& org) {
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("organisation");
    root.append_attribute("jurisdiction").set_value(org.jurisdiction == Jurisdiction::PT ? "PT" : "FR");
    appendTextElement(root, "legal-name", org.legalName);
    appendTextElement(root, "trade-name", org.tradeName);
    appendTextElement(root, "legal-form", org.legalForm);
    appendAddress(root, org.address);
    appendTextElement(root, "phone", org.phone);
    appendTextElement(root, "email", org.email);
    appendTextElement(root, "website", org.website);
    appendIdentifiers(root, org);
    const std::string& lang = org.mainLanguage();
    appendContact(root, "disability-referent", org.disabilityReferent, lang);
    appendContact(root, "pedagogical", org.pedagogicalContact, lang);
    appendContact(root, "administrative", org.administrativeContact, lang);
    if (!org.languages.empty()) {
        std::string languages;
        for (const std::string& l : org.languages) languages += (languages.empty() ? "" : " ") + l;
        appendTextElement(root, "languages", languages);
    }
    return xmlText(document);
}

}  // namespace fd::lheo
