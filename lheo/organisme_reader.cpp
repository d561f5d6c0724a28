#include "lheo/organisme_reader.h"

#include "lheo/coordinates.h"
#include "readers/text_util.h"

namespace fd::lheo {

namespace {

using Doc = LheoDocument;

pugi::xml_node siretElement(const OfferNodes& nodes) {
    return Doc::findAny(nodes.organisme, {"SIRET-organisme-formation/SIRET", "SIRET"});
}

// The summary's flat organisation fields, or the organisme element.
bool isSummary(const OfferNodes& nodes) { return nodes.dialect == Dialect::Summary; }

void readSummaryAddress(const ElementReader& reader, const OfferNodes& nodes, Organisation& org) {
    org.address.postcode = reader.code(Doc::child(nodes.organisme, "codepostal"));
    org.address.city = reader.text(Doc::child(nodes.organisme, "ville"));
    // Codes derived from the commune, as in an <adresse>.
    for (const char* name : {"departement", "code-INSEE-commune", "region"})
        reader.document().consume(Doc::child(nodes.organisme, name));
}

}  // namespace

std::string organismeSiret(const OfferNodes& nodes) {
    return readers::collapseWhitespace(siretElement(nodes).text().get());
}

Organisation readOrganisme(const ElementReader& reader, const OfferNodes& nodes, pugi::xml_node offerContact) {
    Organisation org;
    org.jurisdiction = Jurisdiction::FR;   // LHEO is the French network's format
    const pugi::xml_node organisme = nodes.organisme;
    org.siret = reader.code(siretElement(nodes));
    org.nda = reader.code(Doc::child(organisme, "numero-activite"));
    const pugi::xml_node usualName = Doc::child(organisme, "nom-organisme");
    const std::string name = reader.text(usualName);
    org.legalName = reader.text(Doc::child(organisme, "raison-sociale"));
    if (org.legalName.empty() && !name.empty()) {
        org.legalName = name;
        reader.warning(usualName, "lheo.organisation.legal_name_from_name", {{"name", name}});
    } else if (name != org.legalName) {
        org.tradeName = name;
    }
    if (isSummary(nodes)) {
        readSummaryAddress(reader, nodes, org);
    } else {
        const pugi::xml_node coordonnees = Doc::find(organisme, "coordonnees-organisme/coordonnees");
        org.address = readAddress(reader, Doc::child(coordonnees, "adresse"));
        const Reachability reach = readReachability(reader, coordonnees);
        org.phone = reach.phone;
        org.email = reach.email;
        org.website = reach.website;
        org.administrativeContact = readContact(reader, Doc::find(organisme, "contact-organisme/coordonnees"));
    }
    if (org.address.country.empty()) org.address.country = "FR";
    org.pedagogicalContact = readContact(reader, offerContact);
    return org;
}

void skipOrganisme(const ElementReader& reader, const OfferNodes& nodes) {
    if (!isSummary(nodes)) {
        reader.document().consume(nodes.organisme);
        return;
    }
    for (const char* name : {"nom-organisme", "SIRET", "codepostal", "ville", "departement", "code-INSEE-commune", "region"})
        reader.document().consume(Doc::child(nodes.organisme, name));
}

}  // namespace fd::lheo
