#include "generators/template/schema.h"

#include <algorithm>
#include <type_traits>

#include "generators/common/furniture.h"
#include "generators/common/identity.h"
#include "generators/common/prices.h"
#include "model/cnaef.h"
#include "readers/enum_names.h"

namespace fd::tmpl {

namespace {

const char* jurisdictionName(Jurisdiction j) { return j == Jurisdiction::PT ? "PT" : "FR"; }

const char* vatRegimeName(VatRegime regime) {
    switch (regime) {
    case VatRegime::ExemptTraining: return "exempt-training";
    case VatRegime::Franchise293B: return "franchise-293b";
    case VatRegime::Liable: return "liable";
    case VatRegime::ExemptArt9PT: return "exempt-art9-pt";
    }
    return "";
}



const char* outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Completed: return "completed";
    case Outcome::Abandoned: return "abandoned";
    case Outcome::Failed: return "failed";
    }
    return "";
}

const char* certificationResultName(CertificationResult result) {
    switch (result) {
    case CertificationResult::NotPresented: return "not-presented";
    case CertificationResult::Obtained: return "obtained";
    case CertificationResult::PartiallyObtained: return "partial";
    case CertificationResult::NotObtained: return "not-obtained";
    }
    return "";
}

// trainees.csv id_type: the readers accept these words only; anything else is left empty.
const std::vector<std::string> kIdDocumentTypes{"cc", "bi", "passport", "residence-permit", "cni", "other"};

const std::vector<std::string> kLanguages{"fr", "pt", "en"};

Value textList(const std::vector<std::string>& texts) {
    ValueList items;
    for (const auto& text : texts) items.push_back(Value{text});
    return Value{std::move(items)};
}

// Items are numbered from 1 in diagnostics: "course[X].objectives[2]".
Value localizedList(const std::vector<LocalizedText>& texts, const Origin& origin, const std::string& xmlName) {
    ValueList items;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        gen::TextOrigin itemOrigin = origin.text(xmlName);
        itemOrigin.field += '[' + std::to_string(i + 1) + ']';
        items.push_back(Value{LocalizedValue{&texts[i], itemOrigin}});
    }
    return Value{std::move(items)};
}

template <class U>
Value recordList(const RecordType& type, const std::vector<U>& records, const Origin& origin,
                 const std::string& xmlName) {
    ValueList items;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const std::string name = xmlName + '[' + std::to_string(i + 1) + ']';
        const SourceLoc* ownLoc = nullptr;
        if constexpr (std::is_same_v<U, Module>) ownLoc = &records[i].loc;
        items.push_back(Value{RecordValue{&type, &records[i], origin.child(name, ownLoc)}});
    }
    return Value{std::move(items)};
}

Value upcomingSessions(const RecordType& type, const Course& course, const EvalEnv& env) {
    std::vector<const Session*> upcoming;
    if (env.workspace)
        for (const auto& session : env.workspace->sessions)
            if (session.courseId == course.id && !session.start.empty() && !(session.start < env.today))
                upcoming.push_back(&session);
    std::stable_sort(upcoming.begin(), upcoming.end(),
                     [](const Session* a, const Session* b) { return a->start < b->start; });
    ValueList items;
    for (const Session* session : upcoming)
        items.push_back(Value{RecordValue{&type, session, Origin{&session->loc, "session[" + session->id + ']'}}});
    return Value{std::move(items)};
}

Value priceAmount(const Price& price, const EvalEnv& env, bool includingTax) {
    if (!env.workspace) return Value{Money{price.amount}};
    const gen::PriceAmounts amounts = gen::priceAmounts(price, env.workspace->organisation);
    return Value{Money{includingTax ? amounts.includingTax : amounts.excludingTax}};
}

void declareOrganisationParts(Schema& s) {
    Fields<Address>(s.address)
        .text("street", [](const Address& a) { return a.street; })
        .text("postcode", [](const Address& a) { return a.postcode; })
        .text("city", [](const Address& a) { return a.city; })
        .text("country", [](const Address& a) { return a.country; })
        .text("line", [](const Address& a) { return gen::addressLine(a); });

    Fields<Contact>(s.contact)
        .text("name", [](const Contact& c) { return c.name; })
        .localized("role", "role", [](const Contact& c) -> const LocalizedText& { return c.role; })
        .text("email", [](const Contact& c) { return c.email; })
        .text("phone", [](const Contact& c) { return c.phone; })
        .boolean("present", [](const Contact& c) { return !c.empty(); });

    Fields<LegalRepresentative>(s.legalRepresentative)
        .text("name", [](const LegalRepresentative& r) { return r.name; })
        .localized("capacity", "capacity", [](const LegalRepresentative& r) -> const LocalizedText& { return r.capacity; });

    Fields<QualiopiCertification>(s.qualiopi)
        .text("number", [](const QualiopiCertification& q) { return q.number; })
        .text("certifier", [](const QualiopiCertification& q) { return q.certifier; })
        .computed("categories", Type::listOf(Type::of(Kind::Text)),
                  [](const QualiopiCertification& q, const Origin&, const EvalEnv&) { return textList(q.categories); })
        .date("validFrom", [](const QualiopiCertification& q) { return q.validFrom; })
        .date("validUntil", [](const QualiopiCertification& q) { return q.validUntil; })
        .computed("valid", Type::of(Kind::Bool), [](const QualiopiCertification& q, const Origin&, const EvalEnv& env) {
            return Value{q.validOn(env.today)};
        });

    Fields<DgertCertification>(s.dgert)
        .text("number", [](const DgertCertification& d) { return d.number; })
        .computed("areas", Type::listOf(Type::of(Kind::Text)),
                  [](const DgertCertification& d, const Origin&, const EvalEnv&) { return textList(d.areas); })
        .date("validFrom", [](const DgertCertification& d) { return d.validFrom; })
        .date("validUntil", [](const DgertCertification& d) { return d.validUntil; })
        .computed("valid", Type::of(Kind::Bool), [](const DgertCertification& d, const Origin&, const EvalEnv& env) {
            return Value{d.validOn(env.today)};
        });

    Fields<Policies>(s.policies)
        .integer("minAttendancePercent", [](const Policies& p) { return p.minAttendancePercent; })
        .integer("complaintResponseDays", [](const Policies& p) { return p.complaintResponseDays; })
        .integer("withdrawalDays", [](const Policies& p) { return p.withdrawalDays; })
        .integer("smallSampleThreshold", [](const Policies& p) { return p.smallSampleThreshold; })
        .localized("refund", "refund", [](const Policies& p) -> const LocalizedText& { return p.refundPolicy; })
        .localized("openingHours", "opening-hours", [](const Policies& p) -> const LocalizedText& { return p.openingHours; })
        .localized("trainingPolicy", "training-policy",
                   [](const Policies& p) -> const LocalizedText& { return p.trainingPolicy; })
        .boolean("cfa", [](const Policies& p) { return p.isCfa; });
}

void declareOrganisation(Schema& s) {
    using O = Organisation;
    Fields<O>(s.organisation)
        .enumeration("jurisdiction", {"FR", "PT"}, [](const O& o) { return jurisdictionName(o.jurisdiction); })
        .text("legalName", [](const O& o) { return o.legalName; })
        .text("tradeName", [](const O& o) { return o.tradeName; })
        .text("name", [](const O& o) { return o.tradeName.empty() ? o.legalName : o.tradeName; })
        .text("legalForm", [](const O& o) { return o.legalForm; })
        .record<Address>("address", "address", s.address, [](const O& o) { return &o.address; })
        .text("phone", [](const O& o) { return o.phone; })
        .text("email", [](const O& o) { return o.email; })
        .text("website", [](const O& o) { return o.website; })
        .text("siret", [](const O& o) { return o.siret; })
        .text("nda", [](const O& o) { return o.nda; })
        .text("ndaRegion", [](const O& o) { return o.ndaRegion; })
        .text("rcsCity", [](const O& o) { return o.rcsCity; })
        .text("vatNumber", [](const O& o) { return o.vatNumber; })
        .text("nif", [](const O& o) { return o.nif; })
        .record<QualiopiCertification>("qualiopi", "qualiopi", s.qualiopi,
                                       [](const O& o) { return o.qualiopi ? &*o.qualiopi : nullptr; })
        .record<DgertCertification>("dgert", "dgert", s.dgert, [](const O& o) { return o.dgert ? &*o.dgert : nullptr; })
        .enumeration("vatRegime", {"exempt-training", "franchise-293b", "liable", "exempt-art9-pt"},
                     [](const O& o) { return vatRegimeName(o.vatRegime); })
        .boolean("chargesVat", [](const O& o) { return gen::chargesVat(o); })
        .record<LegalRepresentative>("legalRepresentative", "legal-representative", s.legalRepresentative,
                                     [](const O& o) { return &o.legalRepresentative; })
        .record<Contact>("disabilityReferent", "contact[disability-referent]", s.contact,
                         [](const O& o) { return &o.disabilityReferent; })
        .record<Contact>("pedagogicalContact", "contact[pedagogical]", s.contact,
                         [](const O& o) { return &o.pedagogicalContact; })
        .record<Contact>("administrativeContact", "contact[administrative]", s.contact,
                         [](const O& o) { return &o.administrativeContact; })
        .record<Contact>("dataProtectionContact", "contact[data-protection]", s.contact,
                         [](const O& o) { return &o.dataProtectionContact; })
        .computed("logo", Type::of(Kind::Text), [](const O&, const Origin&, const EvalEnv& env) {
            return Value{env.workspace ? gen::logoPath(*env.workspace) : std::string()};
        })
        .enumeration("mainLanguage", kLanguages, [](const O& o) { return o.mainLanguage(); })
        .record<Policies>("policies", "policies", s.policies, [](const O& o) { return &o.policies; });
}

void declareCourseParts(Schema& s) {
    Fields<Module>(s.module)
        .text("code", [](const Module& m) { return m.code; })
        .localized("title", "title", [](const Module& m) -> const LocalizedText& { return m.title; })
        .hours("hours", [](const Module& m) { return m.hours; })
        .localized("content", "content", [](const Module& m) -> const LocalizedText& { return m.content; });

    Fields<Price>(s.price)
        .computed("amount", Type::of(Kind::Money),
                  [](const Price& p, const Origin&, const EvalEnv&) { return Value{Money{p.amount}}; })
        .computed("excludingTax", Type::of(Kind::Money),
                  [](const Price& p, const Origin&, const EvalEnv& env) { return priceAmount(p, env, false); })
        .computed("includingTax", Type::of(Kind::Money),
                  [](const Price& p, const Origin&, const EvalEnv& env) { return priceAmount(p, env, true); })
        .enumeration("basis", {"person", "group"},
                     [](const Price& p) { return p.basis == PriceBasis::PerGroup ? "group" : "person"; })
        .boolean("taxIncluded", [](const Price& p) { return p.taxIncluded; })
        // How the amount as entered relates to VAT: "exempt" when the organisation charges none.
        .computed("vat", Type::enumeration({"excluded", "included", "exempt"}),
                  [](const Price& p, const Origin&, const EvalEnv& env) {
                      if (env.workspace && !gen::chargesVat(env.workspace->organisation)) return Value{std::string("exempt")};
                      return Value{std::string(p.taxIncluded ? "included" : "excluded")};
                  })
        .localized("label", "label", [](const Price& p) -> const LocalizedText& { return p.label; });

    Fields<CertificationBlock>(s.certificationBlock)
        .text("code", [](const CertificationBlock& b) { return b.code; })
        .localized("title", "title", [](const CertificationBlock& b) -> const LocalizedText& { return b.title; });

    using C = CertifyingData;
    Fields<C>(s.certification)
        .enumeration("type", {"RNCP", "RS"}, [](const C& c) { return c.type == CertificationType::RS ? "RS" : "RNCP"; })
        .text("code", [](const C& c) { return c.code; })
        .localized("title", "title", [](const C& c) -> const LocalizedText& { return c.title; })
        .text("certifier", [](const C& c) { return c.certifier; })
        .date("registrationDate", [](const C& c) { return c.registrationDate; })
        .computed("blocks", Type::listOf(Type::recordOf(s.certificationBlock)),
                  [&s](const C& c, const Origin& origin, const EvalEnv&) {
                      return recordList(s.certificationBlock, c.blocks, origin, "block");
                  })
        .localized("equivalences", "equivalences", [](const C& c) -> const LocalizedText& { return c.equivalences; })
        .localized("bridges", "bridges", [](const C& c) -> const LocalizedText& { return c.bridges; })
        .localized("followUp", "follow-up", [](const C& c) -> const LocalizedText& { return c.followUp; })
        .localized("jobOutcomes", "job-outcomes", [](const C& c) -> const LocalizedText& { return c.jobOutcomes; });

    Fields<Session>(s.session)
        .text("id", [](const Session& x) { return x.id; })
        .date("start", [](const Session& x) { return x.start; })
        .date("end", [](const Session& x) { return x.end; })
        .text("place", [](const Session& x) { return x.place; })
        .computed("trainers", Type::listOf(Type::of(Kind::Text)),
                  [](const Session& x, const Origin&, const EvalEnv&) { return textList(x.trainers); });
}

void declareCourse(Schema& s) {
    using C = Course;
    auto localized = [](const LocalizedText C::*member) {
        return [member](const C& c) -> const LocalizedText& { return c.*member; };
    };
    Fields<C>(s.course)
        .text("id", [](const C& c) { return c.id; })
        .text("version", [](const C& c) { return c.version; })
        .localized("title", "title", localized(&C::title))
        .date("lastUpdate", [](const C& c) { return c.lastUpdate; })
        .localized("domain", "domain", localized(&C::domain))
        .localized("audience", "audience", localized(&C::audience))
        .boolean("noPrerequisites", [](const C& c) { return c.noPrerequisites; })
        .computed("prerequisites", Type::listOf(Type::of(Kind::Localized)),
                  [](const C& c, const Origin& o, const EvalEnv&) { return localizedList(c.prerequisites, o, "prerequisites"); })
        .computed("objectives", Type::listOf(Type::of(Kind::Localized)),
                  [](const C& c, const Origin& o, const EvalEnv&) { return localizedList(c.objectives, o, "objectives"); })
        .localized("professionalObjective", "professional-objective", localized(&C::professionalObjective))
        .computed("modules", Type::listOf(Type::recordOf(s.module)),
                  [&s](const C& c, const Origin& o, const EvalEnv&) { return recordList(s.module, c.modules, o, "module"); })
        .boolean("moduleCodes", [](const C& c) {
            return std::any_of(c.modules.begin(), c.modules.end(), [](const Module& m) { return !m.code.empty(); });
        })
        .hours("totalHours", [](const C& c) { return c.totalHours; })
        .enumeration("deliveryMode", {"presential", "distance", "blended", "work-based"},
                     [](const C& c) { return readers::nameOf(readers::deliveryModeNames(), c.deliveryMode); })
        .boolean("hasDistancePart", [](const C& c) {
            return c.deliveryMode == DeliveryMode::Distance || c.deliveryMode == DeliveryMode::Blended;
        })
        .boolean("workBased", [](const C& c) { return c.deliveryMode == DeliveryMode::WorkBased; })
        .enumeration("nature", {"training", "skills-assessment", "vae", "apprenticeship"},
                     [](const C& c) { return readers::nameOf(readers::actionNatureNames(), c.nature); })
        .localized("trainingType", "training-type", localized(&C::trainingType))
        .localized("methods", "methods", localized(&C::methods))
        .localized("means", "means", localized(&C::means))
        .localized("assessment", "assessment", localized(&C::assessment))
        .localized("followUpMeans", "follow-up-means", localized(&C::followUpMeans))
        .localized("distanceSupport", "distance-support", localized(&C::distanceSupport))
        .localized("workBasedDetails", "work-based-details", localized(&C::workBasedDetails))
        .localized("accessibility", "accessibility", localized(&C::accessibility))
        .localized("accessModalities", "access-modalities", localized(&C::accessModalities))
        .localized("accessDeadline", "access-deadline", localized(&C::accessDeadline))
        .integer("accessDeadlineDays", [](const C& c) { return c.accessDeadlineDays; })
        .computed("prices", Type::listOf(Type::recordOf(s.price)),
                  [&s](const C& c, const Origin& o, const EvalEnv&) { return recordList(s.price, c.prices, o, "price"); })
        .boolean("certifying", [](const C& c) { return c.certifying(); })
        .record<CertifyingData>("certification", "certification", s.certification,
                                [](const C& c) { return c.certification ? &*c.certification : nullptr; })
        .text("cnaef", [](const C& c) { return c.cnaef; })
        .computed("cnaefName", Type::of(Kind::Text), [](const C& c, const Origin&, const EvalEnv& env) {
            const bool named = env.l10n && cnaef::isAreaCode(c.cnaef);
            return Value{named ? env.l10n->msg(cnaef::nameKey(c.cnaef)) : std::string()};
        })
        .localized("trainerProfile", "trainer-profile", localized(&C::trainerProfile))
        .computed("locations", Type::listOf(Type::of(Kind::Localized)),
                  [](const C& c, const Origin& o, const EvalEnv&) { return localizedList(c.locations, o, "locations"); })
        .localized("schedule", "schedule", localized(&C::schedule))
        .integer("groupMin", [](const C& c) { return c.groupMin; })
        .integer("groupMax", [](const C& c) { return c.groupMax; })
        .localized("sanction", "sanction", localized(&C::sanction))
        .boolean("assessed", [](const C& c) { return c.assessed; })
        .computed("upcomingSessions", Type::listOf(Type::recordOf(s.session)),
                  [&s](const C& c, const Origin&, const EvalEnv& env) { return upcomingSessions(s.session, c, env); });
}

void declareTrainee(Schema& s) {
    using T = Trainee;
    Fields<T>(s.trainee)
        .text("id", [](const T& t) { return t.id; })
        .text("familyName", [](const T& t) { return t.familyName; })
        .text("givenNames", [](const T& t) { return t.givenNames; })
        .text("fullName", [](const T& t) {
            return t.givenNames.empty() ? t.familyName : t.familyName.empty() ? t.givenNames : t.givenNames + ' ' + t.familyName;
        })
        .date("birthDate", [](const T& t) { return t.birthDate; })
        .text("birthPlace", [](const T& t) { return t.birthPlace; })
        .text("nationality", [](const T& t) { return t.nationality; })
        .enumeration("sex", {"F", "M"}, [](const T& t) { return t.sex == "F" || t.sex == "M" ? t.sex : std::string(); })
        .enumeration("idDocumentType", kIdDocumentTypes, [](const T& t) {
            const bool known = std::find(kIdDocumentTypes.begin(), kIdDocumentTypes.end(), t.idDocumentType) !=
                               kIdDocumentTypes.end();
            return known ? t.idDocumentType : std::string();
        })
        .text("idDocumentNumber", [](const T& t) { return t.idDocumentNumber; })
        .date("idDocumentExpiry", [](const T& t) { return t.idDocumentExpiry; })
        .text("employer", [](const T& t) { return t.employer; })
        .hours("hoursAttended", [](const T& t) { return t.hoursAttended; })
        .enumeration("outcome", {"completed", "abandoned", "failed"}, [](const T& t) { return outcomeName(t.outcome); })
        .text("grade", [](const T& t) { return t.grade; })
        .enumeration("certification", {"not-presented", "obtained", "partial", "not-obtained"},
                     [](const T& t) { return certificationResultName(t.certification); });
}

void declareDocument(Schema& s) {
    using D = DocumentFacts;
    Fields<D>(s.document)
        .enumeration("lang", kLanguages, [](const D& d) { return d.lang; })
        .boolean("translation", [](const D& d) { return d.translation; })
        .enumeration("prevailingLanguage", {"fr", "pt"}, [](const D& d) { return d.prevailingLanguage; })
        .date("today", [](const D& d) { return d.today; })
        .text("indicatorsFile", [](const D& d) { return d.indicatorsFile; });

    using M = gen::LegalMentions;
    Fields<M>(s.mentions)
        .text("nda", [](const M& m) { return m.nda; })
        .text("vat", [](const M& m) { return m.vat; })
        .text("qualiopi", [](const M& m) { return m.qualiopi; })
        .text("dgert", [](const M& m) { return m.dgert; })
        .text("translation", [](const M& m) { return m.translation; });
}

}  // namespace

Schema::Schema() {
    declareOrganisationParts(*this);
    declareOrganisation(*this);
    declareCourseParts(*this);
    declareCourse(*this);
    declareDocument(*this);
    declareTrainee(*this);
}

const Schema& schema() {
    static const Schema instance;
    return instance;
}

Value organisationValue(const Organisation& org) {
    return Value{RecordValue{&schema().organisation, &org, Origin{&org.loc, "organisation"}}};
}

Value courseValue(const Course& course) {
    return Value{RecordValue{&schema().course, &course, Origin{&course.loc, "course[" + course.id + ']'}}};
}

Value documentValue(const DocumentFacts& facts) {
    return Value{RecordValue{&schema().document, &facts, Origin{}}};
}

Value mentionsValue(const gen::LegalMentions& mentions) {
    return Value{RecordValue{&schema().mentions, &mentions, Origin{}}};
}

Value sessionValue(const Session& session) {
    return Value{RecordValue{&schema().session, &session, Origin{&session.loc, "session[" + session.id + ']'}}};
}

Value traineeValue(const Trainee& trainee) {
    return Value{RecordValue{&schema().trainee, &trainee, Origin{&trainee.loc, "trainee[" + trainee.id + ']'}}};
}

}  // namespace fd::tmpl
