// Who receives which certificate (rules in certificate.h).
#include "generators/certificate/certificate.h"

namespace fd::gen {

namespace {

Jurisdiction jurisdictionOf(CertificateModel model) {
    return model == CertificateModel::Dgert ? Jurisdiction::PT : Jurisdiction::FR;
}

Eligibility refuse(CertificateModel model, std::string key, std::map<std::string, std::string> args = {}) {
    Eligibility result;
    result.eligible = false;
    result.model = model;
    result.reasonKey = std::move(key);
    result.reasonArgs = std::move(args);
    return result;
}

Eligibility grant(CertificateModel model, CertificateVariant variant) {
    Eligibility result;
    result.eligible = true;
    result.model = model;
    result.variant = variant;
    return result;
}

}  // namespace

Eligibility certificateEligibility(const Workspace& workspace, const Trainee& trainee, CertificateModel model) {
    const std::string modelId = certificateModelId(model);
    // Each model is a document of one country's law.
    if (workspace.organisation.jurisdiction != jurisdictionOf(model))
        return refuse(model, "certificate.ineligible.jurisdiction", {{"model", modelId}});
    const Session* session = workspace.findSession(trainee.sessionId);
    if (!session) return refuse(model, "certificate.ineligible.unknown_session", {{"session", trainee.sessionId}});
    if (!workspace.findCourse(session->courseId))
        return refuse(model, "certificate.ineligible.unknown_course", {{"course", session->courseId}});
    // Every model certifies training that took place: nothing to certify without attendance.
    if (trainee.hoursAttended.hundredths <= 0) return refuse(model, "certificate.ineligible.no_attendance");

    switch (model) {
    case CertificateModel::Realisation:
        // Partial attendance is certified as such (FR-CR-09).
        return grant(model, CertificateVariant::Standard);
    case CertificateModel::Attestation:
        // The attestation closes a training that was followed to its end and assessed (FR-ATT-04):
        // a trainee who dropped out has no end-of-training result, and receives the
        // certificat de réalisation of the hours done instead.
        if (trainee.outcome == Outcome::Abandoned) return refuse(model, "certificate.ineligible.abandoned");
        return grant(model, CertificateVariant::Standard);
    case CertificateModel::Dgert:
        // The Portaria 474/2010 model proves completion "com aproveitamento" only; the others
        // receive the entity's own certificado de frequência (PT-CERT-20).
        return grant(model, trainee.outcome == Outcome::Completed ? CertificateVariant::Standard
                                                                  : CertificateVariant::Attendance);
    }
    return refuse(model, "certificate.ineligible.jurisdiction", {{"model", modelId}});   // not a model
}

}  // namespace fd::gen
