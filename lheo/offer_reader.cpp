#include "lheo/offer_reader.h"

#include <algorithm>
#include <map>

#include "lheo/coordinates.h"
#include "lheo/paragraphs.h"
#include "readers/text_util.h"

namespace fd::lheo {

namespace {

using Doc = LheoDocument;

// Words LHEO asks for when an offer has no specific entry conditions ("préciser 'aucune'").
bool saysNone(const std::string& text) {
    std::string value = readers::lowercaseAscii(text);
    while (!value.empty() && (value.back() == '.' || value.back() == ' ')) value.pop_back();
    for (const char* none : {"aucune", "aucun", "néant", "sans", "sans objet", "aucun prérequis",
                             "aucune condition", "aucune condition spécifique", "pas de prérequis"})
        if (value == none) return true;
    return false;
}

// One item per paragraph, bullets removed: the lists of the workspace format.
std::vector<LocalizedText> frenchItems(const std::string& text) {
    std::vector<LocalizedText> items;
    for (const std::string& paragraph : splitParagraphs(text)) {
        std::string item = withoutBullet(paragraph);
        if (item.empty()) continue;
        LocalizedText t;
        t.byLang["fr"] = std::move(item);
        items.push_back(std::move(t));
    }
    return items;
}

LocalizedText french(std::string text) {
    LocalizedText t;
    if (!text.empty()) t.byLang["fr"] = std::move(text);
    return t;
}

std::string joinParagraphs(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + "\n" + b;
}

// The trimmed text of an element without consuming it, to decide whether it is worth taking.
std::string peek(pugi::xml_node element) { return readers::collapseWhitespace(element.text().get()); }

class OfferReader {
public:
    OfferReader(const ElementReader& reader, const OfferNodes& nodes) : r_(reader), nodes_(nodes) {}

    ImportedOffer read() {
        offer_.element = nodes_.offer;
        readIdentity();
        readFormationTexts();
        readCertification();
        readEntryLevel();
        for (size_t i = 0; i < nodes_.actions.size(); ++i) {
            const std::string place = readPlaceOf(nodes_.actions[i]);
            if (i == 0) readActionFields(nodes_.actions[i]);
            readSessions(nodes_.actions[i], place);
        }
        readContent();
        return std::move(offer_);
    }

private:
    pugi::xml_node offerElement(std::initializer_list<std::string_view> paths) const {
        return Doc::findAny(nodes_.offer, paths);
    }

    void readIdentity() {
        const pugi::xml_node firstAction = nodes_.actions.empty() ? pugi::xml_node() : nodes_.actions.front();
        for (pugi::xml_node node : {nodes_.offer, firstAction}) {
            if (offer_.lheoId.empty()) offer_.lheoId = readers::collapseWhitespace(node.attribute("numero").value());
            for (const char* attribute : {"datemaj", "horodatage-modification"})
                if (offer_.course.lastUpdate.empty())
                    offer_.course.lastUpdate = parseTimestampDate(node.attribute(attribute).value()).value_or(Date{});
        }
    }

    void readFormationTexts() {
        Course& c = offer_.course;
        c.title = r_.frenchText(offerElement({"intitule-formation", "action-formation/intitule-action", "intitule-action"}));
        c.objectives = frenchItems(r_.text(offerElement({"objectif-formation", "action-formation/objectif-formation"})));
        // "Résultats attendus": the diploma, title or certificate obtained and how it is
        // validated, which is what the workspace calls the sanction of the training.
        c.sanction = r_.frenchText(offerElement({"resultats-attendus", "action-formation/resultats-attendus"}));
        offer_.certifying =
            r_.flag(offerElement({"certifiante", "action-formation/diplomante", "diplomante"})).value_or(false);
        offer_.contact = offerElement({"contact-formation/coordonnees", "action-formation/contact-offre/coordonnees"});
    }

    void readCertification() {
        const pugi::xml_node certification = offerElement({"certification", "action-formation/certification"});
        if (!certification) return;
        const pugi::xml_node rncp = Doc::child(certification, "code-RNCP");
        const pugi::xml_node rs = Doc::child(certification, "code-RS");
        std::string code = peek(rncp);
        CertificationType type = CertificationType::RNCP;
        pugi::xml_node used = rncp;
        if (code.empty()) {
            code = peek(rs);
            type = CertificationType::RS;
            used = rs;
        }
        if (code.empty()) return;
        r_.document().consume(used);
        // LHEO allows the bare number ("474") as well as the prefixed code ("RNCP474").
        const std::string prefix = type == CertificationType::RNCP ? "RNCP" : "RS";
        if (code.compare(0, prefix.size(), prefix) != 0) code = prefix + code;
        CertifyingData data;
        data.type = type;
        data.code = code;
        offer_.course.certification = std::move(data);
    }

    // Code 0 means "information non communiquée": nothing is lost by leaving it (and whether it
    // is compulsory) out. Any real level has no field in the workspace and is reported.
    void readEntryLevel() {
        const pugi::xml_node level =
            offerElement({"code-niveau-entree", "organisation-formation/conditions-pedagogiques/code-niveau-entree"});
        if (!level || peek(level) != "0") return;
        r_.document().consume(level);
        for (pugi::xml_node action : nodes_.actions)
            r_.document().consume(Doc::findAny(action, {"niveau-entree-obligatoire",
                                                        "organisation-formation/conditions-pedagogiques/niveau-entree-obligatoire"}));
    }

    std::string readPlaceOf(pugi::xml_node action) {
        const std::string place = readPlace(
            r_, Doc::findAny(action, {"lieu-de-formation/coordonnees",
                                      "organisation-formation/modalites-acces/lieu-de-formation/coordonnees"}));
        auto& locations = offer_.course.locations;
        const bool known = std::any_of(locations.begin(), locations.end(),
                                       [&](const LocalizedText& t) { return t.has("fr") && t.byLang.at("fr") == place; });
        if (!place.empty() && !known) locations.push_back(french(place));
        return place;
    }

    // Course-level fields come from the first action; later actions contribute their sessions
    // and places, and whatever else they say is reported as not imported.
    void readActionFields(pugi::xml_node action) {
        Course& c = offer_.course;
        const auto at = [&](std::initializer_list<std::string_view> paths) { return Doc::findAny(action, paths); };
        c.audience = r_.frenchText(at({"info-public-vise"}));
        const std::string rhythm = r_.text(at({"rythme-formation", "action-formation/rythme-formation"}));
        const std::string alternation = r_.text(
            at({"modalites-alternance", "organisation-formation/conditions-pedagogiques/modalite-alternance"}));
        c.schedule = french(joinParagraphs(rhythm, alternation));
        readDelivery(at({"modalites-enseignement", "organisation-formation/conditions-pedagogiques/FOAD", "FOAD"}));
        readPrerequisites(
            at({"conditions-specifiques", "organisation-formation/conditions-pedagogiques/conditions-specifiques"}));
        c.accessModalities = r_.frenchText(
            at({"modalites-recrutement", "organisation-formation/organisation-pedagogique/modalites-recrutement"}));
        c.methods = r_.frenchText(
            at({"modalites-pedagogiques", "organisation-formation/organisation-pedagogique/modalites-pedagogiques"}));
        c.accessibility = r_.frenchText(at({"acces-handicapes"}));
        if (auto price = r_.euros(at({"prix-total-TTC"}))) {
            Price p;
            p.amount = *price;
            p.basis = PriceBasis::PerPerson;   // "prix total par apprenant"
            p.taxIncluded = true;
            c.prices.push_back(std::move(p));
        }
        readHours(action);
        // Values that only confirm what the workspace assumes are taken as read.
        const pugi::xml_node language = at({"langue-formation"});
        if (readers::lowercaseAscii(peek(language)) == "fr") r_.document().consume(language);
        const pugi::xml_node entries =
            at({"modalites-entrees-sorties", "organisation-formation/modalites-acces/modalite-entrees-sorties"});
        if (peek(entries) == "0") r_.document().consume(entries);   // fixed dates, as sessions have
    }

    void readDelivery(pugi::xml_node element) {
        // dict-modalites-enseignement (and FOAD in LHEO 1.x): 0 entirely face to face,
        // 1 blended, 2 entirely at a distance.
        static const std::map<std::string, DeliveryMode> modes = {
            {"0", DeliveryMode::Presential}, {"1", DeliveryMode::Blended}, {"2", DeliveryMode::Distance}};
        const std::string value = r_.code(element);
        if (value.empty()) return;
        const auto mode = modes.find(value);
        if (mode == modes.end()) {
            r_.invalid(element, value);
            return;
        }
        offer_.course.deliveryMode = mode->second;
        offer_.deliveryGiven = true;
    }

    void readPrerequisites(pugi::xml_node element) {
        const std::string text = r_.text(element);
        if (text.empty()) return;
        if (saysNone(text)) offer_.course.noPrerequisites = true;
        else offer_.course.prerequisites = frenchItems(text);
    }

    // nombre-heures-total, or else the sum of the hours in centre and in company. When the total
    // is given, the split is not kept (the workspace has no field for it) and is reported.
    void readHours(pugi::xml_node action) {
        const auto at = [&](std::initializer_list<std::string_view> paths) { return Doc::findAny(action, paths); };
        if (auto total = r_.hours(at({"nombre-heures-total",
                                      "organisation-formation/organisation-administrative/nombre-heures-total"}))) {
            offer_.course.totalHours = *total;
            return;
        }
        const auto centre = r_.hours(at({"nombre-heures-centre"}));
        const auto company = r_.hours(at({"nombre-heures-entreprise"}));
        if (centre || company) offer_.course.totalHours = centre.value_or(Hours{}) + company.value_or(Hours{});
    }

    void readSessions(pugi::xml_node action, const std::string& place) {
        std::vector<pugi::xml_node> sessions = Doc::findAll(action, "session");
        for (const char* path : {"organisation-formation/modalites-acces/sessions/session", "sessions/session"})
            if (sessions.empty()) sessions = Doc::findAll(action, path);
        for (pugi::xml_node element : sessions) {
            const pugi::xml_node start = Doc::find(element, "periode/debut");
            const pugi::xml_node end = Doc::find(element, "periode/fin");
            const auto startDate = parseLheoDate(peek(start));
            const auto endDate = parseLheoDate(peek(end));
            if (!startDate || !endDate) {
                // The workspace needs both days; an unknown or month-only date cannot be made one.
                r_.document().consume(element);
                r_.warning(element, "lheo.session.date_unknown", {{"start", peek(start)}, {"end", peek(end)}});
                continue;
            }
            r_.document().consume(Doc::child(element, "periode"));
            ImportedSession s;
            s.element = element;
            s.lheoId = readers::collapseWhitespace(element.attribute("numero").value());
            s.session.start = *startDate;
            s.session.end = *endDate;
            s.session.place = place;
            offer_.sessions.push_back(std::move(s));
        }
    }

    // LHEO describes the content in one text, without a split into modules: it becomes the one
    // module of the course, named after it and lasting all of its hours.
    void readContent() {
        const std::string content =
            r_.text(offerElement({"contenu-formation", "action-formation/contenu-formation"}));
        if (content.empty()) return;
        Module m;
        m.title = offer_.course.title;
        m.hours = offer_.course.totalHours;
        m.content = french(content);
        offer_.course.modules.push_back(std::move(m));
    }

    const ElementReader& r_;
    const OfferNodes& nodes_;
    ImportedOffer offer_;
};

}  // namespace

ImportedOffer readOffer(const ElementReader& reader, const OfferNodes& nodes) {
    return OfferReader(reader, nodes).read();
}

}  // namespace fd::lheo
