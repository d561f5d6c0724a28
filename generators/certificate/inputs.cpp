// The canonical serialisation of what a certificate depends on. The register hashes it: when it
// changes after a certificate was issued, the certificate gets a new version ("duplicata"), so
// it must hold every printed input and nothing else (a corrected e-mail address must not make a
// new version). One "name=value" line per field, in a fixed order, values escaped so that no
// value can imitate another line.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "generators/certificate/certificate.h"

namespace fd::gen {

namespace {

// Bumped whenever the serialisation changes, so that old digests never match new ones by accident.
constexpr const char* kFormat = "formadoc-certificate-inputs 1";

class Lines {
public:
    Lines(std::string lang, std::string mainLang) : lang_(std::move(lang)), mainLang_(std::move(mainLang)) {}

    void add(const std::string& name, const std::string& value) {
        out_ += name;
        out_ += '=';
        for (const char c : value) {
            if (c == '\\') out_ += "\\\\";
            else if (c == '\n') out_ += "\\n";
            else if (c == '\r') out_ += "\\r";
            else out_ += c;
        }
        out_ += '\n';
    }
    void add(const std::string& name, const Date& date) { add(name, date.empty() ? std::string() : date.iso()); }
    void add(const std::string& name, Hours hours) { add(name, std::to_string(hours.hundredths)); }
    void add(const std::string& name, bool flag) { add(name, std::string(flag ? "1" : "0")); }
    void add(const std::string& name, int64_t number) { add(name, std::to_string(number)); }
    void add(const std::string& name, int number) { add(name, static_cast<int64_t>(number)); }
    // The version the document prints: the output language, else the main language.
    void add(const std::string& name, const LocalizedText& text) {
        const std::string* picked = text.get(lang_, mainLang_);
        add(name, picked ? *picked : std::string());
    }
    void add(const std::string& name, const char* text) { add(name, std::string(text)); }

    std::string take() { return std::move(out_); }

private:
    std::string lang_, mainLang_;
    std::string out_;
};

const char* modeName(DeliveryMode mode) {
    switch (mode) {
    case DeliveryMode::Presential: return "presential";
    case DeliveryMode::Distance: return "distance";
    case DeliveryMode::Blended: return "blended";
    case DeliveryMode::WorkBased: return "work-based";
    }
    return "";
}

// Printed by every model: the furniture (logo, colour, trade name), the signatory, the place of
// issue, the verification URL. The rest as each template prints it.
void organisation(Lines& out, const Workspace& workspace, CertificateModel model) {
    const Organisation& org = workspace.organisation;
    out.add("org.legalName", org.legalName);
    out.add("org.tradeName", org.tradeName);
    out.add("org.city", org.address.city);
    out.add("org.representative", org.legalRepresentative.name);
    out.add("org.capacity", org.legalRepresentative.capacity);
    out.add("org.logo", workspace.organisation.logoFile);   // the caller digests its content, once a run
    out.add("org.colour", org.primaryColour);
    out.add("org.verificationUrl", org.verificationUrl);
    switch (model) {
    case CertificateModel::Realisation:
        out.add("org.street", org.address.street);
        out.add("org.postcode", org.address.postcode);
        out.add("org.siret", org.siret);
        out.add("org.nda", org.nda);
        out.add("org.ndaRegion", org.ndaRegion);
        break;
    case CertificateModel::Attestation: break;
    case CertificateModel::Dgert:
        out.add("org.nif", org.nif);
        out.add("org.dgert", org.dgert.has_value());
        if (org.dgert) {
            out.add("org.dgert.number", org.dgert->number);
            out.add("org.dgert.validFrom", org.dgert->validFrom);
            out.add("org.dgert.validUntil", org.dgert->validUntil);
            for (const auto& area : org.dgert->areas) out.add("org.dgert.area", area);
        }
        break;
    }
}

void course(Lines& out, const Course& c, CertificateModel model) {
    out.add("course.title", c.title);
    out.add("course.totalHours", c.totalHours);
    if (model != CertificateModel::Dgert) out.add("course.nature", static_cast<int>(c.nature));
    if (model != CertificateModel::Realisation) {
        out.add("course.mode", modeName(c.deliveryMode));
        out.add("course.assessed", c.assessed);
    }
    if (model == CertificateModel::Attestation) {
        for (const auto& objective : c.objectives) out.add("course.objective", objective);
        out.add("course.certification", c.certification.has_value());
        if (c.certification) {
            out.add("course.certification.code", c.certification->code);
            out.add("course.certification.title", c.certification->title);
        }
    }
    if (model == CertificateModel::Dgert) {
        out.add("course.cnaef", c.cnaef);
        out.add("course.trainingType", c.trainingType);
        for (const auto& module : c.modules) {
            out.add("course.module.code", module.code);
            out.add("course.module.title", module.title);
            out.add("course.module.hours", module.hours);
        }
    }
}

void session(Lines& out, const Session& s, CertificateModel model) {
    out.add("session.start", s.start);
    out.add("session.end", s.end);
    if (model != CertificateModel::Realisation) out.add("session.mode", s.mode ? modeName(*s.mode) : "");
    if (model == CertificateModel::Attestation) {
        out.add("session.id", s.id);
        out.add("session.place", s.place);
    }
}

void trainee(Lines& out, const Trainee& t, CertificateModel model) {
    out.add("trainee.familyName", t.familyName);
    out.add("trainee.givenNames", t.givenNames);
    out.add("trainee.hoursAttended", t.hoursAttended);
    switch (model) {
    case CertificateModel::Realisation: out.add("trainee.employer", t.employer); break;
    case CertificateModel::Attestation:
        out.add("trainee.employer", t.employer);
        out.add("trainee.outcome", static_cast<int>(t.outcome));
        out.add("trainee.grade", t.grade);
        out.add("trainee.certification", static_cast<int>(t.certification));
        break;
    case CertificateModel::Dgert:
        out.add("trainee.outcome", static_cast<int>(t.outcome));
        out.add("trainee.grade", t.grade);
        out.add("trainee.birthDate", t.birthDate);
        out.add("trainee.birthPlace", t.birthPlace);
        out.add("trainee.nationality", t.nationality);
        out.add("trainee.sex", t.sex);
        out.add("trainee.idType", t.idDocumentType);
        out.add("trainee.idNumber", t.idDocumentNumber);
        out.add("trainee.idExpiry", t.idDocumentExpiry);
        break;
    }
}

}  // namespace

std::string certificateInputs(const Workspace& workspace, const Trainee& t, CertificateModel model,
                              const std::string& lang) {
    Lines out(lang, workspace.organisation.mainLanguage());
    out.add("format", kFormat);
    out.add("model", certificateModelId(model));
    out.add("lang", lang);
    const Eligibility eligibility = certificateEligibility(workspace, t, model);
    out.add("variant", eligibility.variant == CertificateVariant::Attendance ? "attendance" : "standard");
    organisation(out, workspace, model);
    // The trainee and session ids are the register's key, not printed inputs.
    trainee(out, t, model);
    if (const Session* s = workspace.findSession(t.sessionId)) {
        session(out, *s, model);
        if (const Course* c = workspace.findCourse(s->courseId)) course(out, *c, model);
    }
    return out.take();
}

}  // namespace fd::gen
