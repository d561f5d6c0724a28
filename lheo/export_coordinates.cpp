#include "lheo/export_coordinates.h"

#include <string>

#include "lheo/xml_output.h"
#include "model/identifiers.h"

namespace fd::lheo {

namespace {

void appendNumber(pugi::xml_node parent, const char* name, const std::string& number) {
    if (!number.empty()) appendTextElement(parent.append_child(name), "numtel", number);
}

void missing(const Organisation& org, const char* element, Diagnostics& diagnostics) {
    diagnostics.warning(org.loc.file.empty() ? "organisation.xml" : org.loc.file, org.loc.line, "organisation",
                        "lheo.export.missing", {{"element", element}});
}

// The person LHEO names in contact-organisme: the administrative contact, else the pedagogical one.
const Contact& organismeContact(const Organisation& org) {
    return org.administrativeContact.empty() ? org.pedagogicalContact : org.administrativeContact;
}

}  // namespace

void appendLheoAddress(pugi::xml_node parent, const Address& address) {
    if (address.street.empty() && address.postcode.empty() && address.city.empty()) return;
    pugi::xml_node element = parent.append_child("adresse");
    size_t start = 0;
    while (start < address.street.size()) {
        size_t end = address.street.find('\n', start);
        if (end == std::string::npos) end = address.street.size();
        appendTextElement(element, "ligne", address.street.substr(start, end - start));
        start = end + 1;
    }
    appendTextElement(element, "codepostal", address.postcode);
    appendTextElement(element, "ville", address.city);
    appendTextElement(element, "pays", address.country);
}

void appendLheoContact(pugi::xml_node parent, const Contact& contact) {
    pugi::xml_node coordonnees = parent.append_child("coordonnees");
    appendTextElement(coordonnees, "nom", contact.name);
    appendNumber(coordonnees, "telfixe", contact.phone);
    appendTextElement(coordonnees, "courriel", contact.email);
}

void reportOrganismeGaps(const Organisation& org, Diagnostics& diagnostics) {
    if (org.nda.empty()) missing(org, "numero-activite", diagnostics);
    if (org.siret.empty()) missing(org, "SIRET", diagnostics);
    if (organismeContact(org).empty()) missing(org, "contact-organisme", diagnostics);
}

void appendOrganisme(pugi::xml_node formation, const Organisation& org) {
    pugi::xml_node organisme = formation.append_child("organisme-formation-responsable");
    appendTextElement(organisme, "numero-activite", ids::compact(org.nda));
    if (!org.siret.empty())
        appendTextElement(organisme.append_child("SIRET-organisme-formation"), "SIRET", ids::compact(org.siret));
    appendTextElement(organisme, "nom-organisme", org.tradeName.empty() ? org.legalName : org.tradeName);
    appendTextElement(organisme, "raison-sociale", org.legalName);

    pugi::xml_node coordonnees = organisme.append_child("coordonnees-organisme").append_child("coordonnees");
    appendLheoAddress(coordonnees, org.address);
    appendNumber(coordonnees, "telfixe", org.phone);
    appendTextElement(coordonnees, "courriel", org.email);
    if (!org.website.empty()) appendTextElement(coordonnees.append_child("web"), "urlweb", org.website);

    const Contact& contact = organismeContact(org);
    if (!contact.empty()) appendLheoContact(organisme.append_child("contact-organisme"), contact);
}

}  // namespace fd::lheo
