#include "lheo/lheo_export.h"

#include <pugixml.hpp>

#include "lheo/export_coordinates.h"
#include "lheo/value_text.h"
#include "lheo/xml_output.h"
#include "util/atomic_file.h"

namespace fd::lheo {

namespace {

const char* const lheoNamespace = "http://www.lheo.org/2.2";

// LHEO's conventional value of conditions-specifiques for an offer open to all ("préciser
// 'aucune'"): a value of the exchange format, which the import recognises, not a sentence.
const char* const noConditions = "aucune";

// Paragraphs are separated by a blank line, which every LHEO reader (and ours) keeps apart.
std::string lheoParagraphs(const std::string& paragraphs) {
    std::string out;
    for (char c : paragraphs) {
        out.push_back(c);
        if (c == '\n') out.push_back('\n');
    }
    return out;
}

void appendParagraphs(std::string& out, const std::string& paragraphs) {
    if (paragraphs.empty()) return;
    if (!out.empty()) out += '\n';
    out += paragraphs;
}

const char* teachingMode(DeliveryMode mode) {
    // dict-modalites-enseignement: 0 face to face, 1 blended, 2 distance. Work-based training
    // (AFEST) happens at the workplace, in person.
    switch (mode) {
        case DeliveryMode::Distance: return "2";
        case DeliveryMode::Blended: return "1";
        case DeliveryMode::Presential:
        case DeliveryMode::WorkBased: return "0";
    }
    return "0";
}

class FormationWriter {
public:
    FormationWriter(const Workspace& ws, Diagnostics& diagnostics, ExportResult& result)
        : ws_(ws), org_(ws.organisation), lang_(ws.organisation.mainLanguage()), diagnostics_(diagnostics),
          result_(result) {}

    void write(pugi::xml_node offres, const Course& c) {
        course_ = &c;
        pugi::xml_node formation = offres.append_child("formation");
        formation.append_attribute("numero").set_value(c.id.c_str());
        if (!c.lastUpdate.empty()) formation.append_attribute("datemaj").set_value(c.lastUpdate.iso().c_str());
        formation.append_child("domaine-formation");   // FORMACODE, NSF and ROME codes: none in a workspace
        required(formation, "intitule-formation", text(c.title));
        required(formation, "objectif-formation", listText(c.objectives));
        required(formation, "resultats-attendus",
                 !c.sanction.empty() || !c.certification ? text(c.sanction) : text(c.certification->title));
        required(formation, "contenu-formation", content());
        appendTextElement(formation, "certifiante", c.certifying() ? "1" : "0");
        contact(formation);
        missing("parcours-de-formation");
        appendTextElement(formation, "code-niveau-entree", "0");   // "information non communiquée"
        if (c.certification && !c.certification->code.empty())
            appendTextElement(formation.append_child("certification"),
                              c.certification->type == CertificationType::RS ? "code-RS" : "code-RNCP",
                              c.certification->code);
        action(formation);
        appendOrganisme(formation, org_);
        ++result_.courses;
    }

private:
    // The text in the main language (else another), paragraphs separated by "\n".
    std::string text(const LocalizedText& t) const {
        const std::string* value = t.get(lang_, lang_);
        return value ? *value : std::string();
    }

    std::string listText(const std::vector<LocalizedText>& items) const {
        std::string out;
        for (const LocalizedText& item : items) appendParagraphs(out, text(item));
        return out;
    }

    // The modules' titles and contents; a single module named after the course (as an LHEO
    // import makes) is its content alone.
    std::string content() const {
        const auto& modules = course_->modules;
        const bool single = modules.size() == 1 && text(modules[0].title) == text(course_->title);
        std::string out;
        for (const Module& m : modules) {
            if (!single) appendParagraphs(out, text(m.title));
            appendParagraphs(out, text(m.content));
        }
        return out;
    }

    void missing(const char* element) const {
        diagnostics_.warning(course_->loc.file.empty() ? "courses.xml" : course_->loc.file, course_->loc.line,
                             "course[" + course_->id + "]", "lheo.export.missing", {{"element", element}});
    }

    static void put(pugi::xml_node parent, const char* name, const std::string& paragraphs) {
        appendTextElement(parent, name, lheoParagraphs(paragraphs));
    }

    // An element LHEO requires: reported when the course has nothing to put in it.
    void required(pugi::xml_node parent, const char* name, const std::string& paragraphs) const {
        if (paragraphs.empty()) missing(name);
        put(parent, name, paragraphs);
    }

    void contact(pugi::xml_node formation) const {
        const Contact& contact = org_.pedagogicalContact.empty() ? org_.administrativeContact : org_.pedagogicalContact;
        if (contact.empty()) missing("contact-formation");
        else appendLheoContact(formation.append_child("contact-formation"), contact);
    }

    void action(pugi::xml_node formation) {
        const Course& c = *course_;
        pugi::xml_node action = formation.append_child("action");
        action.append_attribute("numero").set_value(c.id.c_str());
        required(action, "rythme-formation", text(c.schedule));
        missing("code-public-vise");
        put(action, "info-public-vise", text(c.audience));
        appendTextElement(action, "niveau-entree-obligatoire", "0");
        required(action, "modalites-alternance", text(c.workBasedDetails));
        appendTextElement(action, "modalites-enseignement", teachingMode(c.deliveryMode));
        required(action, "conditions-specifiques", c.noPrerequisites ? noConditions : listText(c.prerequisites));
        missing("prise-en-charge-frais-possible");
        place(action);
        appendTextElement(action, "modalites-entrees-sorties", "0");   // sessions at fixed dates
        sessions(action);
        put(action, "acces-handicapes", text(c.accessibility));
        put(action, "modalites-recrutement", text(c.accessModalities));
        put(action, "modalites-pedagogiques", text(c.methods));
        price(action);
        if (c.totalHours.hundredths > 0) {
            if (c.totalHours.hundredths % 100 != 0) missingWholeHours();
            appendTextElement(action, "nombre-heures-total", hoursText(c.totalHours));
        }
    }

    void missingWholeHours() const {
        diagnostics_.warning(course_->loc.file.empty() ? "courses.xml" : course_->loc.file, course_->loc.line,
                             "course[" + course_->id + "]", "lheo.export.hours_fractional",
                             {{"hours", hoursText(course_->totalHours)}});
    }

    // The course's locations, else the organisation's address.
    void place(pugi::xml_node action) const {
        pugi::xml_node coordonnees = action.append_child("lieu-de-formation").append_child("coordonnees");
        size_t lines = 0;
        for (const LocalizedText& location : course_->locations)
            if (lines++ < 3) appendTextElement(coordonnees, "ligne", text(location));
        if (lines == 0) appendLheoAddress(coordonnees, org_.address);
    }

    void sessions(pugi::xml_node action) {
        size_t count = 0;
        for (const Session& s : ws_.sessions) {
            if (s.courseId != course_->id || s.start.empty() || s.end.empty()) continue;
            pugi::xml_node session = action.append_child("session");
            session.append_attribute("numero").set_value(s.id.c_str());
            pugi::xml_node periode = session.append_child("periode");
            appendTextElement(periode, "debut", lheoDateText(s.start));
            appendTextElement(periode, "fin", lheoDateText(s.end));
            // Enrolment is with the organisation, at its address.
            appendLheoAddress(session.append_child("adresse-inscription"), org_.address);
            ++count;
        }
        if (count == 0) missing("session");
        result_.sessions += count;
    }

    // prix-total-TTC: the price per trainee, all taxes included.
    void price(pugi::xml_node action) const {
        for (const Price& p : course_->prices) {
            if (p.basis != PriceBasis::PerPerson) continue;
            Cents total = p.amount;
            if (!p.taxIncluded && org_.vatRegime == VatRegime::Liable)
                total = (p.amount * (1000 + org_.vatRatePermille) + 500) / 1000;
            appendTextElement(action, "prix-total-TTC", eurosText(total));
            return;
        }
    }

    const Workspace& ws_;
    const Organisation& org_;
    std::string lang_;
    Diagnostics& diagnostics_;
    ExportResult& result_;
    const Course* course_ = nullptr;
};

}  // namespace

std::string lheoXml(const Workspace& workspace, Diagnostics& diagnostics, ExportResult* result) {
    ExportResult counts;
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("lheo");
    root.append_attribute("xmlns").set_value(lheoNamespace);
    pugi::xml_node offres = root.append_child("offres");
    FormationWriter writer(workspace, diagnostics, counts);
    for (const Course& course : workspace.courses) writer.write(offres, course);
    if (!workspace.courses.empty()) reportOrganismeGaps(workspace.organisation, diagnostics);
    if (result) *result = counts;
    return xmlText(document);
}

ExportResult exportLheo(const Workspace& workspace, const std::string& outFile, Diagnostics& diagnostics) {
    ExportResult result;
    writeFileAtomically(outFile, lheoXml(workspace, diagnostics, &result));
    return result;
}

}  // namespace fd::lheo
