// The training organisation responsible for an offer (organisme-formation-responsable, or the
// flat fields of an lheo-leger summary) -> the organisation of a workspace that has none yet.
#pragma once

#include <pugixml.hpp>

#include <string>

#include "lheo/element_reader.h"
#include "lheo/offers.h"
#include "model/model.h"

namespace fd::lheo {

// The SIRET the offer gives for its organisation, without consuming anything; "" when none.
std::string organismeSiret(const OfferNodes& nodes);

// A French organisation from the offer's organisme: raison sociale as legal name (else the
// usual name, reported), usual name as trade name, address, phone, e-mail, website, SIRET,
// declaration number (NDA), contact-organisme as administrative contact and the offer's contact
// (`offerContact`, may be null) as pedagogical contact.
Organisation readOrganisme(const ElementReader& reader, const OfferNodes& nodes, pugi::xml_node offerContact);

// Consumes the organisme without reading it: it describes an organisation the workspace
// already holds (or that another offer already described).
void skipOrganisme(const ElementReader& reader, const OfferNodes& nodes);

}  // namespace fd::lheo
