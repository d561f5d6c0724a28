#include "model/validate.h"

#include <algorithm>
#include <map>

#include "model/identifiers.h"

namespace fd {

namespace {

using Args = std::map<std::string, std::string>;
using ids::IdCheck;

// "21", "7.5", "7.25": hours as the workspace files write them.
std::string hoursText(Hours hours) {
    std::string text = std::to_string(hours.hundredths / 100);
    const int64_t fraction = hours.hundredths % 100;
    if (fraction != 0) {
        text += '.';
        text += static_cast<char>('0' + fraction / 10);
        if (fraction % 10 != 0) text += static_cast<char>('0' + fraction % 10);
    }
    return text;
}

const char* jurisdictionCode(Jurisdiction jurisdiction) { return jurisdiction == Jurisdiction::PT ? "PT" : "FR"; }

bool isDistanceMode(DeliveryMode mode) { return mode == DeliveryMode::Distance || mode == DeliveryMode::Blended; }

const char* deliveryModeName(DeliveryMode mode) {
    switch (mode) {
        case DeliveryMode::Presential: return "presential";
        case DeliveryMode::Distance: return "distance";
        case DeliveryMode::Blended: return "blended";
        case DeliveryMode::WorkBased: return "work-based";
    }
    return "";
}

class Validator {
public:
    Validator(const Workspace& workspace, const Date& today, Diagnostics& diagnostics, const ValidationScope& scope)
        : ws_(workspace), org_(workspace.organisation), today_(today), diagnostics_(diagnostics), scope_(scope) {}

    void run() {
        if (scope_.organisation) organisation();
        for (size_t i = 0; i < ws_.courses.size(); ++i) course(ws_.courses[i], i);
        for (const Session& s : ws_.sessions) session(s);
        for (const Trainee& t : ws_.trainees) trainee(t);
    }

private:
    // `locKey` selects the line in `loc`; `field` is what the diagnostic names.
    void error(const SourceLoc& loc, const std::string& locKey, const std::string& field, const std::string& key,
               Args args = {}) {
        diagnostics_.error(loc.file, loc.lineOf(locKey), field, key, std::move(args));
    }
    void warning(const SourceLoc& loc, const std::string& locKey, const std::string& field, const std::string& key,
                 Args args = {}) {
        diagnostics_.warning(loc.file, loc.lineOf(locKey), field, key, std::move(args));
    }
    // Reports `id` when it was already used in the same file; remembers it otherwise.
    void checkUnique(std::map<std::string, int>& seen, const std::string& id, const SourceLoc& loc,
                     const std::string& field) {
        if (id.empty()) return;
        const auto [it, inserted] = seen.emplace(id, loc.line);
        if (!inserted) error(loc, "", field, "diag.duplicate_id", {{"id", id}, {"line", std::to_string(it->second)}});
    }

    // ---- organisation.xml ----------------------------------------------------------------
    void organisation() {
        const SourceLoc& loc = org_.loc;
        if (org_.legalName.empty()) error(loc, "legal-name", "legal-name", "diag.required");
        if (org_.jurisdiction == Jurisdiction::FR) frenchIdentifiers();
        else portugueseIdentifiers();
        vatRegime();

        const std::string country = org_.address.country.empty() ? jurisdictionCode(org_.jurisdiction)
                                                                  : org_.address.country;
        if (!org_.address.postcode.empty() &&
            ids::checkPostcode(country, org_.address.postcode) != IdCheck::Valid)
            error(loc, "postcode", "postcode", "diag.postcode.format",
                  {{"value", org_.address.postcode}, {"country", country}});

        if (org_.qualiopi) validityOrder(org_.qualiopi->validFrom, org_.qualiopi->validUntil, "qualiopi");
        if (org_.dgert) validityOrder(org_.dgert->validFrom, org_.dgert->validUntil, "dgert");
        if (!org_.verificationUrl.empty() && org_.verificationUrl.find("{code}") == std::string::npos)
            warning(loc, "certificates", "certificates.verification-url", "diag.certificates.url_placeholder",
                    {{"value", org_.verificationUrl}});
    }

    void frenchIdentifiers() {
        const SourceLoc& loc = org_.loc;
        if (org_.siret.empty()) {
            error(loc, "identifiers", "siret", "diag.siret.missing");
        } else {
            const Args args{{"value", org_.siret}};
            switch (ids::checkSiret(org_.siret)) {
                case IdCheck::Valid: break;
                case IdCheck::Format: error(loc, "siret", "siret", "diag.siret.format", args); break;
                case IdCheck::SirenChecksum: error(loc, "siret", "siret", "diag.siret.siren_checksum", args); break;
                default: error(loc, "siret", "siret", "diag.siret.checksum", args); break;
            }
        }
        if (org_.nda.empty()) {
            error(loc, "identifiers", "nda", "diag.nda.missing");
        } else {
            const IdCheck nda = ids::checkNda(org_.nda);
            if (nda == IdCheck::Format) error(loc, "nda", "nda", "diag.nda.format", {{"value", org_.nda}});
            else if (nda == IdCheck::Pattern) warning(loc, "nda", "nda", "diag.nda.pattern", {{"value", org_.nda}});
        }
        if (!org_.vatNumber.empty()) frenchVatNumber();
    }

    void frenchVatNumber() {
        const SourceLoc& loc = org_.loc;
        const std::string& value = org_.vatNumber;
        const std::string siren = ids::sirenOfFrenchVat(value);
        switch (ids::checkFrenchVat(value)) {
            case IdCheck::Valid: break;
            case IdCheck::Format: error(loc, "vat-number", "vat-number", "diag.vat.format", {{"value", value}}); return;
            default: {
                const int key = ids::frenchVatKey(siren);
                const std::string expected = std::string("FR") + (key < 10 ? "0" : "") + std::to_string(key) + siren;
                error(loc, "vat-number", "vat-number", "diag.vat.checksum", {{"value", value}, {"expected", expected}});
                return;
            }
        }
        const std::string siretSiren = ids::sirenOfSiret(org_.siret);
        if (ids::checkSiret(org_.siret) != IdCheck::Format && siren != siretSiren)
            error(loc, "vat-number", "vat-number", "diag.vat.siren_mismatch",
                  {{"value", value}, {"siren", siretSiren}});
    }

    void portugueseIdentifiers() {
        const SourceLoc& loc = org_.loc;
        if (org_.nif.empty()) {
            error(loc, "identifiers", "nif", "diag.nif.missing");
        } else {
            const Args args{{"value", org_.nif}};
            switch (ids::checkNif(org_.nif)) {
                case IdCheck::Valid: break;
                case IdCheck::Format: error(loc, "nif", "nif", "diag.nif.format", args); break;
                case IdCheck::UnknownPrefix: warning(loc, "nif", "nif", "diag.nif.prefix", args); break;
                default: error(loc, "nif", "nif", "diag.nif.checksum", args); break;
            }
        }
        if (!org_.dgert) {
            warning(loc, "", "dgert", "diag.dgert.missing");
            return;
        }
        for (size_t i = 0; i < org_.dgert->areas.size(); ++i)
            cnaefCode(loc, "dgert.area[" + std::to_string(i + 1) + "]", "dgert.area", org_.dgert->areas[i]);
    }

    void vatRegime() {
        const bool portugueseRegime = org_.vatRegime == VatRegime::ExemptArt9PT;
        const bool frenchRegime =
            org_.vatRegime == VatRegime::ExemptTraining || org_.vatRegime == VatRegime::Franchise293B;
        if ((org_.jurisdiction == Jurisdiction::FR && portugueseRegime) ||
            (org_.jurisdiction == Jurisdiction::PT && frenchRegime))
            error(org_.loc, "vat", "vat.regime", "diag.vat.regime_jurisdiction",
                  {{"jurisdiction", jurisdictionCode(org_.jurisdiction)}});
    }

    void validityOrder(const Date& from, const Date& until, const std::string& element) {
        if (!from.empty() && !until.empty() && until < from)
            error(org_.loc, element, element, "diag.validity.order", {{"from", from.iso()}, {"until", until.iso()}});
    }

    // Jurisdiction-specific rules need the organisation; without it they are not applied.
    bool inJurisdiction(Jurisdiction jurisdiction) const {
        return scope_.organisation && org_.jurisdiction == jurisdiction;
    }

    // A CNAEF code (VAL-07); true when it is one.
    bool cnaefCode(const SourceLoc& loc, const std::string& locKey, const std::string& field, const std::string& code) {
        switch (ids::checkCnaefCode(code)) {
            case IdCheck::Valid: return true;
            case IdCheck::Format: error(loc, locKey, field, "diag.cnaef.format", {{"value", code}}); return false;
            default: error(loc, locKey, field, "diag.cnaef.unknown", {{"value", code}}); return false;
        }
    }

    // ---- courses.xml ---------------------------------------------------------------------
    void course(const Course& c, size_t index) {
        const std::string f = "course[" + (c.id.empty() ? "#" + std::to_string(index + 1) : c.id) + "]";
        const SourceLoc& loc = c.loc;
        if (c.id.empty()) error(loc, "", f + ".id", "diag.required");
        checkUnique(courseIds_, c.id, loc, f + ".id");
        if (c.title.empty()) error(loc, "title", f + ".title", "diag.required");
        if (c.lastUpdate.empty()) error(loc, "", f + ".last-update", "diag.required");
        else if (today_ < c.lastUpdate)
            error(loc, "", f + ".last-update", "diag.course.update_in_future",
                  {{"date", c.lastUpdate.iso()}, {"today", today_.iso()}});
        if (c.totalHours.hundredths <= 0) error(loc, "", f + ".hours", "diag.course.hours_missing");
        modules(c, f);

        if (isDistanceMode(c.deliveryMode) && c.distanceSupport.empty())
            error(loc, "", f + ".distance-support", "diag.course.distance_support",
                  {{"mode", deliveryModeName(c.deliveryMode)}});
        if (c.deliveryMode == DeliveryMode::WorkBased && c.workBasedDetails.empty())
            error(loc, "", f + ".work-based-details", "diag.course.work_based_details");
        if (c.groupMin > 0 && c.groupMax > 0 && c.groupMin > c.groupMax)
            error(loc, "group", f + ".group", "diag.course.group_order",
                  {{"min", std::to_string(c.groupMin)}, {"max", std::to_string(c.groupMax)}});
        if (c.certification) certification(c, *c.certification, f);
        courseCnaef(c, f);
    }

    void modules(const Course& c, const std::string& f) {
        if (c.modules.empty()) return;
        Hours sum;
        for (size_t i = 0; i < c.modules.size(); ++i) {
            const Module& m = c.modules[i];
            const std::string mf = f + ".modules[" + std::to_string(i + 1) + "]";
            sum = sum + m.hours;
            if (m.hours.hundredths <= 0) error(m.loc, "", mf + ".hours", "diag.module.hours_missing");
            if (m.title.empty()) error(m.loc, "title", mf + ".title", "diag.required");
            // UFCD codes are Portuguese; elsewhere a module code is the organisation's own.
            if (inJurisdiction(Jurisdiction::PT) && !m.code.empty() &&
                ids::checkUfcdCode(m.code) != IdCheck::Valid)
                warning(m.loc, "", mf + ".code", "diag.ufcd.format", {{"value", m.code}});
        }
        if (sum != c.totalHours && c.totalHours.hundredths > 0)
            error(c.loc, "modules", f + ".modules", "diag.course.modules_hours",
                  {{"sum", hoursText(sum)}, {"total", hoursText(c.totalHours)}});
    }

    void certification(const Course& c, const CertifyingData& cert, const std::string& f) {
        const SourceLoc& loc = c.loc;
        const std::string cf = f + ".certification";
        const bool rncp = cert.type == CertificationType::RNCP;
        if (cert.code.empty()) error(loc, "certification", cf + ".code", "diag.required");
        else if (!(rncp ? ids::isRncpCode(cert.code) : ids::isRsCode(cert.code)))
            error(loc, "certification", cf + ".code", "diag.certification.code",
                  {{"value", cert.code}, {"type", rncp ? "RNCP" : "RS"}});
        if (cert.certifier.empty()) error(loc, "certification", cf + ".certifier", "diag.required");
        if (cert.registrationDate.empty()) error(loc, "certification", cf + ".registration-date", "diag.required");
        if (cert.title.empty()) error(loc, "certification", cf + ".title", "diag.required");
        for (size_t i = 0; i < cert.blocks.size(); ++i) {
            const std::string key = "certification.blocks[" + std::to_string(i + 1) + "]";
            const std::string& code = cert.blocks[i].code;
            if (!rncp) error(loc, key, f + "." + key, "diag.certification.rs_blocks");
            else if (!ids::isRncpBlockCode(code))
                error(loc, key, f + "." + key + ".code", "diag.certification.block_code", {{"value", code}});
            else if (code.substr(0, code.size() - 4) != cert.code)   // RNCP35635BC01 belongs to RNCP35635
                error(loc, key, f + "." + key + ".code", "diag.certification.block_parent",
                      {{"value", code}, {"code", cert.code}});
        }
    }

    void courseCnaef(const Course& c, const std::string& f) {
        if (c.cnaef.empty()) {
            if (inJurisdiction(Jurisdiction::PT)) error(c.loc, "", f + ".cnaef", "diag.cnaef.missing");
            return;
        }
        if (!cnaefCode(c.loc, "cnaef", f + ".cnaef", c.cnaef)) return;
        if (!inJurisdiction(Jurisdiction::PT) || !org_.dgert) return;
        const auto& areas = org_.dgert->areas;
        if (std::find(areas.begin(), areas.end(), c.cnaef) == areas.end())
            error(c.loc, "cnaef", f + ".cnaef", "diag.cnaef.not_certified", {{"value", c.cnaef}});
    }

    // ---- sessions.csv --------------------------------------------------------------------
    void session(const Session& s) {
        checkUnique(sessionIds_, s.id, s.loc, "id");
        if (!s.start.empty() && !s.end.empty() && s.end < s.start)
            error(s.loc, "", "end", "diag.session.dates_order", {{"start", s.start.iso()}, {"end", s.end.iso()}});
        if (s.courseId.empty() || !scope_.courses) return;
        const Course* c = ws_.findCourse(s.courseId);
        if (!c) {
            error(s.loc, "", "course", "diag.ref.course", {{"id", s.courseId}});
            return;
        }
        // A session may run in another mode than its course's: the course must then say how.
        if (s.mode && isDistanceMode(*s.mode) && c->distanceSupport.empty())
            error(s.loc, "", "mode", "diag.session.distance_support",
                  {{"mode", deliveryModeName(*s.mode)}, {"course", c->id}});
        if (s.mode && *s.mode == DeliveryMode::WorkBased && c->workBasedDetails.empty())
            error(s.loc, "", "mode", "diag.session.work_based_details", {{"course", c->id}});
    }

    // ---- trainees.csv --------------------------------------------------------------------
    void trainee(const Trainee& t) {
        checkUnique(traineeIds_, t.id, t.loc, "id");
        if (t.satisfaction && (*t.satisfaction < 1 || *t.satisfaction > 5))
            error(t.loc, "", "satisfaction", "diag.trainee.satisfaction", {{"value", std::to_string(*t.satisfaction)}});
        identityDocument(t);
        if (inJurisdiction(Jurisdiction::PT) && t.outcome == Outcome::Completed) certificateFields(t);
        if (t.sessionId.empty() || !scope_.sessions) return;
        const Session* s = ws_.findSession(t.sessionId);
        if (!s) {
            error(t.loc, "", "session", "diag.ref.session", {{"id", t.sessionId}});
            return;
        }
        const Course* c = ws_.findCourse(s->courseId);
        if (!c) return;   // reported with the session, or courses.xml could not be read
        if (c->totalHours.hundredths > 0 && c->totalHours < t.hoursAttended)
            error(t.loc, "", "hours_attended", "diag.trainee.hours_exceed",
                  {{"hours", hoursText(t.hoursAttended)}, {"total", hoursText(c->totalHours)}, {"course", c->id}});
        if (t.certification != CertificationResult::NotPresented && !c->certifying())
            warning(t.loc, "", "certification", "diag.trainee.certification_not_certifying", {{"course", c->id}});
    }

    void identityDocument(const Trainee& t) {
        if (t.idDocumentType != "cc") return;
        if (t.idDocumentNumber.empty()) {
            error(t.loc, "", "id_number", "diag.required");
            return;
        }
        switch (ids::checkCitizenCard(t.idDocumentNumber)) {
            case IdCheck::Valid: break;
            case IdCheck::Format:
                error(t.loc, "", "id_number", "diag.cc.format", {{"value", t.idDocumentNumber}});
                break;
            default: error(t.loc, "", "id_number", "diag.cc.checksum", {{"value", t.idDocumentNumber}}); break;
        }
    }

    // The Portuguese certificate (Portaria 474/2010) states these; warn early when one is missing.
    void certificateFields(const Trainee& t) {
        const std::pair<const char*, bool> fields[] = {
            {"birth_date", t.birthDate.empty()},     {"birth_place", t.birthPlace.empty()},
            {"nationality", t.nationality.empty()},  {"id_type", t.idDocumentType.empty()},
            {"id_number", t.idDocumentNumber.empty()}};
        for (const auto& [column, missing] : fields)
            if (missing) warning(t.loc, "", column, "diag.trainee.certificate_field");
    }

    const Workspace& ws_;
    const Organisation& org_;
    Date today_;
    Diagnostics& diagnostics_;
    ValidationScope scope_;
    std::map<std::string, int> courseIds_, sessionIds_, traineeIds_;
};

}  // namespace

void validateWorkspace(const Workspace& workspace, const Date& today, Diagnostics& diagnostics,
                       const ValidationScope& scope) {
    Validator(workspace, today, diagnostics, scope).run();
}

}  // namespace fd
