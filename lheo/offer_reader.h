// One LHEO offer -> a course of the workspace and its sessions (ids are given later, once the
// ids already in the workspace are known). Every element read is consumed; elements with no
// place in the workspace format are left for the "not imported" report.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <vector>

#include "lheo/element_reader.h"
#include "lheo/offers.h"
#include "model/model.h"

namespace fd::lheo {

struct ImportedSession {
    Session session;            // without id and course id
    std::string lheoId;         // the session's numero, "" when it has none
    pugi::xml_node element;
};

struct ImportedOffer {
    pugi::xml_node element;     // the offer, for diagnostics
    std::string lheoId;         // numero of the offer (or of its first action), "" when none
    Course course;              // without id
    std::vector<ImportedSession> sessions;
    bool certifying = false;    // certifiante / diplomante: the offer prepares a certification
    bool deliveryGiven = false; // LHEO stated the delivery mode (else the default is kept)
    pugi::xml_node contact;     // coordonnees of contact-formation / contact-offre, for the organisation
};

ImportedOffer readOffer(const ElementReader& reader, const OfferNodes& nodes);

}  // namespace fd::lheo
