#include "generators/certificate/certificate_record.h"

namespace fd::gen {

namespace {

// Beyond this many characters a name no longer fits one line of the title style of a landscape
// certificate, and the longest ones would push the signature off the front page.
constexpr std::size_t kLongNameCharacters = 60;

std::size_t characterCount(const std::string& utf8) {
    std::size_t count = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;   // not a continuation byte
    return count;
}

const char* deliveryModeName(DeliveryMode mode) {
    switch (mode) {
    case DeliveryMode::Presential: return "presential";
    case DeliveryMode::Distance: return "distance";
    case DeliveryMode::Blended: return "blended";
    case DeliveryMode::WorkBased: return "work-based";
    }
    return "";
}

tmpl::RecordType& buildRecord() {
    static tmpl::RecordType record("certificate");
    using F = CertificateFacts;
    tmpl::Fields<F>(record)
        .enumeration("model", {"realisation", "attestation", "dgert"}, [](const F& f) { return certificateModelId(f.model); })
        .enumeration("variant", {"standard", "attendance"},
                     [](const F& f) { return f.variant == CertificateVariant::Attendance ? "attendance" : "standard"; })
        .boolean("attendance", [](const F& f) { return f.variant == CertificateVariant::Attendance; })
        .text("number", [](const F& f) { return f.identity.number; })
        // `version` is the number the duplicate marking prints: the edition in the certificate's
        // language. The field keeps its name so that templates (shipped, and the workspaces' own)
        // stay as they are: a changed template would make a new version of every certificate.
        .integer("version", [](const F& f) { return f.identity.edition; })
        .boolean("duplicate", [](const F& f) { return f.identity.edition > 1; })
        .text("verificationCode", [](const F& f) { return f.identity.verificationCode; })
        .text("verificationUrl", [](const F& f) { return f.identity.verificationUrl; })
        .date("issueDate", [](const F& f) { return f.identity.issueDate; })
        .text("issuePlace", [](const F& f) { return f.issuePlace; })
        .hours("hoursAttended", [](const F& f) { return f.hoursAttended; })
        .hours("courseHours", [](const F& f) { return f.courseHours; })
        .boolean("partial", [](const F& f) { return f.hoursAttended < f.courseHours; })
        .enumeration("deliveryMode", {"presential", "distance", "blended", "work-based"},
                     [](const F& f) { return deliveryModeName(f.deliveryMode); })
        .boolean("singleDay", [](const F& f) { return f.singleDay; })
        .boolean("longName", [](const F& f) { return f.longName; });
    return record;
}

}  // namespace

CertificateFacts certificateFacts(const Workspace& workspace, const Trainee& trainee, const Session& session,
                                  const Course& course, CertificateModel model, CertificateVariant variant,
                                  const CertificateIdentity& identity) {
    CertificateFacts facts;
    facts.model = model;
    facts.variant = variant;
    facts.identity = identity;
    facts.hoursAttended = trainee.hoursAttended;
    facts.courseHours = course.totalHours;
    facts.deliveryMode = session.mode.value_or(course.deliveryMode);
    facts.issuePlace = workspace.organisation.address.city;
    facts.singleDay = !session.start.empty() && session.start == session.end;
    facts.longName = characterCount(trainee.givenNames) + 1 + characterCount(trainee.familyName) > kLongNameCharacters;
    return facts;
}

const tmpl::RecordType& certificateRecord() {
    static const tmpl::RecordType& record = buildRecord();
    return record;
}

tmpl::Value certificateValue(const CertificateFacts& facts) {
    return tmpl::Value{tmpl::RecordValue{&certificateRecord(), &facts, tmpl::Origin{}}};
}

}  // namespace fd::gen
