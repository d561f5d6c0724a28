// LHEO <coordonnees>, <adresse> and the organisme-formation-responsable element, written from
// the workspace's organisation for export-lheo.
#pragma once

#include <pugixml.hpp>

#include "model/diagnostics.h"
#include "model/model.h"

namespace fd::lheo {

// <adresse>: street lines as <ligne>, postcode, city, country; nothing when the address is empty.
void appendLheoAddress(pugi::xml_node parent, const Address& address);

// <coordonnees> of a person: nom, landline, e-mail.
void appendLheoContact(pugi::xml_node parent, const Contact& contact);

// <organisme-formation-responsable>, in the element order of LHEO 2.2.
void appendOrganisme(pugi::xml_node formation, const Organisation& organisation);

// Reports (lheo.export.missing, at organisation.xml) what LHEO requires of the organisme and the
// organisation lacks: once per export, though every formation repeats the organisme.
void reportOrganismeGaps(const Organisation& organisation, Diagnostics& diagnostics);

}  // namespace fd::lheo
