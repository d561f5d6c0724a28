// Who receives which certificate in a `formadoc certificates` run: the trainees of the chosen
// sessions, each model asked for, the eligibility rules of the certificate generator, and the
// rule of TRACE-05 that a certificate is never dated before its session ended.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "generators/certificate/certificate.h"
#include "model/model.h"

namespace fd::cli {

// One certificate to issue.
struct CertificateTask {
    const Trainee* trainee = nullptr;
    const Session* session = nullptr;
    const Course* course = nullptr;
    gen::CertificateModel model = gen::CertificateModel::Realisation;
};

// One certificate not issued, and why: a message key (certificate.ineligible.* or
// certcli.ineligible.*) and its arguments.
struct Ineligible {
    const Trainee* trainee = nullptr;
    gen::CertificateModel model = gen::CertificateModel::Realisation;
    std::string reasonKey;
    std::map<std::string, std::string> reasonArgs;
};

struct CertificatePlan {
    std::vector<CertificateTask> tasks;      // in workspace order: trainee, then model
    std::vector<Ineligible> ineligible;
};

// `sessionIds` empty = every session; every id given must exist (checked by the caller).
CertificatePlan planCertificates(const Workspace& workspace, const std::vector<std::string>& sessionIds,
                                 const std::vector<gen::CertificateModel>& models, const Date& issueDate);

}  // namespace fd::cli
