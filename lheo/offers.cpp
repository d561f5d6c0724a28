#include "lheo/offers.h"

namespace fd::lheo {

std::optional<std::vector<OfferNodes>> locateOffers(const LheoDocument& document, Diagnostics& diagnostics) {
    const pugi::xml_node root = document.root();
    const std::string_view rootName = localName(root);
    std::vector<OfferNodes> offers;
    if (rootName == "lheo") {
        for (pugi::xml_node formation : LheoDocument::findAll(root, "offres/formation")) {
            OfferNodes nodes{Dialect::Lheo2, formation, LheoDocument::findAll(formation, "action"),
                             LheoDocument::child(formation, "organisme-formation-responsable")};
            offers.push_back(std::move(nodes));
        }
        for (pugi::xml_node offer : LheoDocument::findAll(root, "offres/offre-formation"))
            offers.push_back({Dialect::Lheo1, offer, {offer},
                              LheoDocument::find(offer, "organismes/organisme-formation-responsable")});
    } else if (rootName == "lheo-leger" || rootName == "lheo-index") {
        for (pugi::xml_node summary : LheoDocument::findAll(root, "resumes-offres/resume-offre"))
            offers.push_back({Dialect::Summary, summary, {summary}, summary});
    } else {
        diagnostics.error(document.name(), document.lineOf(root), "", "lheo.root.unknown",
                          {{"found", std::string(root.name())}});
        return std::nullopt;
    }
    if (offers.empty()) diagnostics.error(document.name(), document.lineOf(root), "", "lheo.offers.none");
    return offers;
}

}  // namespace fd::lheo
