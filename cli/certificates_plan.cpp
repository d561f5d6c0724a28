#include "cli/certificates_plan.h"

#include <algorithm>

namespace fd::cli {
namespace {

bool selected(const std::vector<std::string>& sessionIds, const std::string& id) {
    return sessionIds.empty() || std::find(sessionIds.begin(), sessionIds.end(), id) != sessionIds.end();
}

}  // namespace

CertificatePlan planCertificates(const Workspace& workspace, const std::vector<std::string>& sessionIds,
                                 const std::vector<gen::CertificateModel>& models, const Date& issueDate) {
    CertificatePlan plan;
    for (const Trainee& trainee : workspace.trainees) {
        if (!selected(sessionIds, trainee.sessionId)) continue;
        for (gen::CertificateModel model : models) {
            const gen::Eligibility eligibility = gen::certificateEligibility(workspace, trainee, model);
            if (!eligibility.eligible) {
                plan.ineligible.push_back({&trainee, model, eligibility.reasonKey, eligibility.reasonArgs});
                continue;
            }
            // Eligibility guarantees that the session and its course exist.
            const Session* session = workspace.findSession(trainee.sessionId);
            // TRACE-05: the issue date is the signature date and never precedes the session's end.
            if (issueDate < session->end) {
                plan.ineligible.push_back({&trainee, model, "certcli.ineligible.session_not_ended",
                                           {{"session", session->id}, {"end", session->end.iso()}}});
                continue;
            }
            plan.tasks.push_back({&trainee, session, workspace.findCourse(session->courseId), model});
        }
    }
    return plan;
}

}  // namespace fd::cli
