// The workspace as plain data: what readers produce and generators consume.
// Field names follow the workspace format documented in README.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/values.h"

namespace fd {

enum class Jurisdiction { FR, PT };

enum class VatRegime {
    ExemptTraining,   // FR: exonération art. 261-4-4° a du CGI (FR-FMT-05)
    Franchise293B,    // FR: franchise en base, art. 293 B du CGI (FR-FMT-06)
    Liable,           // subject to VAT at Organisation::vatRatePermille
    ExemptArt9PT,     // PT: isento nos termos do artigo 9.º, n.º 10 do CIVA (PT-FMT-04)
};

struct Address {
    std::string street;      // may hold several lines separated by '\n'
    std::string postcode;
    std::string city;
    std::string country;     // ISO 3166-1 alpha-2, e.g. "FR", "PT"
};

struct Contact {
    std::string name;
    LocalizedText role;
    std::string email;
    std::string phone;
    bool empty() const { return name.empty() && email.empty() && phone.empty(); }
};

struct LegalRepresentative {
    std::string name;
    LocalizedText capacity;   // "Gérant", "Presidente do Conselho de Administração"
};

// Qualiopi (FR). Action categories of L6313-1: "actions-formation", "bilans-competences", "vae", "apprentissage".
struct QualiopiCertification {
    std::string number;
    std::string certifier;
    std::vector<std::string> categories;
    Date validFrom, validUntil;
    bool validOn(const Date& d) const { return !validFrom.empty() && validFrom <= d && (validUntil.empty() || d <= validUntil); }
};

// DGERT certification (PT): per CNAEF area.
struct DgertCertification {
    std::string number;
    Date validFrom, validUntil;           // validUntil empty = no end date
    std::vector<std::string> areas;       // CNAEF 3-digit codes, leading zero kept
    bool validOn(const Date& d) const { return !validFrom.empty() && validFrom <= d && (validUntil.empty() || d <= validUntil); }
};

// Choices the organisation must make for its regulations and policies (documented defaults).
struct Policies {
    int minAttendancePercent = 90;        // attendance needed for certification (PT-REG-05)
    int complaintResponseDays = 15;       // response time to complaints (PT-REG-08, Qualiopi 31)
    int withdrawalDays = 10;              // FR individual contract (L6353-5)
    LocalizedText refundPolicy;
    LocalizedText openingHours;           // public service hours (PT-REG-11)
    LocalizedText trainingPolicy;         // mission / strategy (PT-REG-01)
    int smallSampleThreshold = 5;         // result indicators below n are "not significant"
    bool isCfa = false;                   // FR: apprenticeship training centre (FR-RI-23)
    Date regulationEffective;             // entry into force of the regulations; empty = build date
};

struct Organisation {
    SourceLoc loc;
    Jurisdiction jurisdiction = Jurisdiction::FR;
    std::string legalName, tradeName, legalForm;
    Address address;
    std::string phone, email, website;

    // FR identifiers
    std::string siret, nda, ndaRegion, rcsCity, vatNumber;
    std::optional<QualiopiCertification> qualiopi;
    // PT identifiers
    std::string nif;
    std::optional<DgertCertification> dgert;

    VatRegime vatRegime = VatRegime::ExemptTraining;
    int vatRatePermille = 200;            // 20.0 % when Liable

    LegalRepresentative legalRepresentative;
    Contact disabilityReferent, pedagogicalContact, administrativeContact;
    Contact dataProtectionContact;        // GDPR contact; defaults to the administrative contact

    std::string logoFile;                 // path relative to the workspace
    std::string primaryColour = "#1F4E79";  // #RRGGBB
    std::vector<std::string> languages;   // output languages, first = main language
    std::string certificatePrefix;        // register numbers PREFIX-YYYY-NNNNN
    std::string verificationUrl;          // optional, e.g. https://example.org/verify/{code}
    Policies policies;

    const std::string& mainLanguage() const;
};

enum class DeliveryMode { Presential, Distance, Blended, WorkBased /* AFEST / contexto de trabalho */ };

// Nature of the action (CT L6313-1, FR-CR-07).
enum class ActionNature { Training, SkillsAssessment, Vae, Apprenticeship };

struct Module {
    SourceLoc loc;
    std::string code;                     // optional (e.g. UFCD "0349")
    LocalizedText title;
    Hours hours;
    LocalizedText content;
};

enum class PriceBasis { PerPerson, PerGroup };

struct Price {
    Cents amount = 0;
    PriceBasis basis = PriceBasis::PerPerson;
    bool taxIncluded = false;             // TTC when true, HT / net otherwise
    LocalizedText label;                  // e.g. "Inter-entreprises", "Intra (jusqu'à 8 personnes)"
};

struct CertificationBlock {
    std::string code;                     // RNCP34567BC01
    LocalizedText title;
};

enum class CertificationType { RNCP, RS };

struct CertifyingData {
    CertificationType type = CertificationType::RNCP;
    std::string code;                     // RNCP34567 / RS1234
    LocalizedText title;                  // exact certification title
    std::string certifier;
    Date registrationDate;
    std::vector<CertificationBlock> blocks;
    LocalizedText equivalences, bridges, followUp, jobOutcomes;
};

struct Course {
    SourceLoc loc;
    std::string id;
    LocalizedText title;
    std::string version;
    Date lastUpdate;
    LocalizedText domain;                 // catalogue grouping, e.g. "Management"
    LocalizedText audience;
    bool noPrerequisites = false;         // explicit "none" (FR-PROG-03)
    std::vector<LocalizedText> prerequisites;
    std::vector<LocalizedText> objectives;        // operational, assessable
    LocalizedText professionalObjective;
    std::vector<Module> modules;
    Hours totalHours;
    DeliveryMode deliveryMode = DeliveryMode::Presential;
    ActionNature nature = ActionNature::Training;
    LocalizedText trainingType;           // PT modalidade, e.g. "Formação contínua"
    LocalizedText methods, means, assessment, followUpMeans;  // FR-PROG-11, -12, -17
    LocalizedText distanceSupport;        // FR-PROG-15 when distance/blended
    LocalizedText workBasedDetails;       // FR-PROG-16 when AFEST
    LocalizedText accessibility;
    LocalizedText accessModalities;
    LocalizedText accessDeadline;         // text, e.g. "15 jours ouvrés"
    int accessDeadlineDays = 0;           // the same as a number of days, for checks
    std::vector<Price> prices;
    std::optional<CertifyingData> certification;
    std::string cnaef;                    // PT: 3 digits
    LocalizedText trainerProfile;
    std::vector<LocalizedText> locations;
    LocalizedText schedule;               // horaires
    int groupMin = 0, groupMax = 0;
    LocalizedText sanction;               // documents issued at the end (FR-PROG-23)
    bool assessed = true;                 // whether learning is assessed (FR-ATT-04, PT-CERT-14)

    bool certifying() const { return certification.has_value(); }
};

struct Session {
    SourceLoc loc;
    std::string id, courseId;
    Date start, end;
    std::string place;
    std::vector<std::string> trainers;
    std::optional<DeliveryMode> mode;     // empty = the course's mode
};

enum class Outcome { Completed, Abandoned, Failed };

// Certification exam result (RES-F4): empty = not presented / not applicable.
enum class CertificationResult { NotPresented, Obtained, PartiallyObtained, NotObtained };

struct Trainee {
    SourceLoc loc;
    std::string id, sessionId;
    std::string familyName, givenNames;
    Date birthDate;
    std::string birthPlace, nationality;
    std::string sex;                      // optional: "F", "M" or empty
    std::string idDocumentType;           // "cc" (Cartão de Cidadão), "bi", "passport", "residence-permit", "cni", other
    std::string idDocumentNumber;
    Date idDocumentExpiry;
    std::string employer;
    Hours hoursAttended;
    Outcome outcome = Outcome::Completed;
    std::string grade;                    // e.g. "16", "Apto", "Très bien"
    CertificationResult certification = CertificationResult::NotPresented;
    std::optional<int> satisfaction;      // 1..5
    std::string email;
};

struct Workspace {
    std::string root;                     // directory path
    Organisation organisation;
    std::vector<Course> courses;
    std::vector<Session> sessions;
    std::vector<Trainee> trainees;

    const Course* findCourse(const std::string& id) const;
    const Session* findSession(const std::string& id) const;
};

}  // namespace fd
