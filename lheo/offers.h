// Where the offers are in an LHEO file. Three shapes exist in the wild:
//   LHEO 2.x     lheo/offres/formation, its action elements and organisme-formation-responsable;
//   LHEO 1.x     lheo/offres/offre-formation with action-formation, organisation-formation and
//                organismes/organisme-formation-responsable (one action per offer);
//   lheo-leger   resumes-offres/resume-offre, a summary with flat organisation fields.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <vector>

#include "lheo/lheo_document.h"
#include "model/diagnostics.h"

namespace fd::lheo {

enum class Dialect { Lheo2, Lheo1, Summary };

struct OfferNodes {
    Dialect dialect = Dialect::Lheo2;
    pugi::xml_node offer;                  // formation, offre-formation or resume-offre
    // Where action-level elements are looked up: each <action> in LHEO 2.x; the offer itself
    // otherwise (element paths then reach into organisation-formation).
    std::vector<pugi::xml_node> actions;
    pugi::xml_node organisme;              // organisme-formation-responsable; the summary itself
};

// The offers in document order. nullopt, with an error reported, when the root element is not
// an LHEO one; an empty list (also reported) when it holds no offer.
std::optional<std::vector<OfferNodes>> locateOffers(const LheoDocument& document, Diagnostics& diagnostics);

}  // namespace fd::lheo
