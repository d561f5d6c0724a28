// LHEO <coordonnees> and <adresse> read into the model's address, contact and place texts.
#pragma once

#include <pugixml.hpp>

#include <string>

#include "lheo/element_reader.h"
#include "model/model.h"

namespace fd::lheo {

// <adresse>: denomination and lines as street lines, postcode, city, country. Its administrative
// codes (département, INSEE commune and canton, région, geolocation) are consumed without being
// kept: they follow from the commune, and no workspace document states them.
Address readAddress(const ElementReader& reader, pugi::xml_node adresse);

// A person or service of a <coordonnees>: civilité, prénom and nom as the name, the first
// landline (else mobile) number, the e-mail address.
Contact readContact(const ElementReader& reader, pugi::xml_node coordonnees);

// Landline (else mobile), e-mail and first web address of a <coordonnees>.
struct Reachability {
    std::string phone, email, website;
};
Reachability readReachability(const ElementReader& reader, pugi::xml_node coordonnees);

// A place on one line, "Lycée Kerneuzec, Kerneuzec, 29391 QUIMPERLÉ": the coordonnees' name and
// lines, then its address.
std::string readPlace(const ElementReader& reader, pugi::xml_node coordonnees);

}  // namespace fd::lheo
