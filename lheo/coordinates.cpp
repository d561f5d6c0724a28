#include "lheo/coordinates.h"

namespace fd::lheo {

namespace {

using Doc = LheoDocument;

void consumeAdministrativeCodes(const ElementReader& reader, pugi::xml_node adresse) {
    for (const char* name : {"departement", "code-INSEE-commune", "code-INSEE-canton", "region", "geolocalisation"})
        for (pugi::xml_node node : Doc::findAll(adresse, name)) reader.document().consume(node);
    // LHEO 1.x put the geolocation in <extras info="geolocalisation">.
    for (pugi::xml_node extras : Doc::findAll(adresse, "extras"))
        if (std::string_view(extras.attribute("info").value()) == "geolocalisation") reader.document().consume(extras);
}

void appendPart(std::string& out, const std::string& part, const char* separator) {
    if (part.empty()) return;
    if (!out.empty()) out += separator;
    out += part;
}

// The first <numtel> of <telfixe>, else of <portable>; only the element used is consumed.
std::string readPhone(const ElementReader& reader, pugi::xml_node coordonnees) {
    for (const char* path : {"telfixe/numtel", "portable/numtel"}) {
        const pugi::xml_node number = Doc::find(coordonnees, path);
        std::string value = reader.text(number);
        if (!value.empty()) return value;
    }
    return {};
}

}  // namespace

Address readAddress(const ElementReader& reader, pugi::xml_node adresse) {
    Address address;
    if (!adresse) return address;
    std::string street;
    appendPart(street, reader.text(Doc::child(adresse, "denomination")), "\n");
    for (pugi::xml_node line : Doc::findAll(adresse, "ligne")) appendPart(street, reader.text(line), "\n");
    address.street = std::move(street);
    address.postcode = reader.code(Doc::child(adresse, "codepostal"));
    address.city = reader.text(Doc::child(adresse, "ville"));
    address.country = reader.code(Doc::child(adresse, "pays"));
    consumeAdministrativeCodes(reader, adresse);
    return address;
}

Contact readContact(const ElementReader& reader, pugi::xml_node coordonnees) {
    Contact contact;
    if (!coordonnees) return contact;
    std::string name;
    for (const char* part : {"civilite", "prenom", "nom"}) appendPart(name, reader.text(Doc::child(coordonnees, part)), " ");
    contact.name = std::move(name);
    contact.phone = readPhone(reader, coordonnees);
    contact.email = reader.text(Doc::child(coordonnees, "courriel"));
    return contact;
}

Reachability readReachability(const ElementReader& reader, pugi::xml_node coordonnees) {
    Reachability r;
    if (!coordonnees) return r;
    r.phone = readPhone(reader, coordonnees);
    r.email = reader.text(Doc::child(coordonnees, "courriel"));
    r.website = reader.text(Doc::find(coordonnees, "web/urlweb"));
    return r;
}

std::string readPlace(const ElementReader& reader, pugi::xml_node coordonnees) {
    if (!coordonnees) return {};
    std::string place;
    appendPart(place, reader.text(Doc::child(coordonnees, "nom")), ", ");
    for (pugi::xml_node line : Doc::findAll(coordonnees, "ligne")) appendPart(place, reader.text(line), ", ");
    const Address address = readAddress(reader, Doc::child(coordonnees, "adresse"));
    size_t start = 0;
    while (start < address.street.size()) {
        size_t end = address.street.find('\n', start);
        if (end == std::string::npos) end = address.street.size();
        appendPart(place, address.street.substr(start, end - start), ", ");
        start = end + 1;
    }
    std::string town = address.postcode;
    appendPart(town, address.city, " ");
    appendPart(place, town, ", ");
    return place;
}

}  // namespace fd::lheo
