// The `certificate` root of certificate templates: what the register assigned (number, version in
// the output language, verification code, issue date), which form of the model is printed, and
// the values a certificate derives from the workspace (hours completed against the course's, the
// delivery mode in force for the session, the place of issue). Fields are listed in
// docs/templates.md.
#pragma once

#include <string>

#include "generators/certificate/certificate.h"
#include "generators/template/types.h"

namespace fd::gen {

struct CertificateFacts {
    CertificateModel model = CertificateModel::Realisation;
    CertificateVariant variant = CertificateVariant::Standard;
    CertificateIdentity identity;
    Hours hoursAttended, courseHours;
    DeliveryMode deliveryMode = DeliveryMode::Presential;   // the session's, else the course's
    std::string issuePlace;                                  // the organisation's city
    bool singleDay = false;                                  // the session starts and ends the same day
    bool longName = false;                                   // the trainee's full name would not fit a title line
};

CertificateFacts certificateFacts(const Workspace& workspace, const Trainee& trainee, const Session& session,
                                  const Course& course, CertificateModel model, CertificateVariant variant,
                                  const CertificateIdentity& identity);

const tmpl::RecordType& certificateRecord();
// `facts` must outlive the rendering.
tmpl::Value certificateValue(const CertificateFacts& facts);

}  // namespace fd::gen
