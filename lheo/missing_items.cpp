#include "lheo/missing_items.h"

#include <utility>
#include <vector>

namespace fd::lheo {

namespace {

void report(const MissingContext& at, const std::string& owner, const char* field, Diagnostics& diagnostics) {
    diagnostics.warning(at.file, at.line, at.path, "lheo.missing", {{"owner", owner}, {"field", field}});
}

}  // namespace

void reportMissingCourseItems(const Course& c, bool deliveryGiven, bool certifying, const MissingContext& at,
                              Diagnostics& diagnostics) {
    const std::string owner = "course[" + c.id + "]";
    const bool distance = c.deliveryMode == DeliveryMode::Distance || c.deliveryMode == DeliveryMode::Blended;
    const std::vector<std::pair<const char*, bool>> items = {
        {"title", c.title.empty()},
        {"last-update", c.lastUpdate.empty()},
        {"hours", c.totalHours.hundredths <= 0},
        {"delivery", !deliveryGiven},
        {"audience", c.audience.empty()},
        {"prerequisites", !c.noPrerequisites && c.prerequisites.empty()},
        {"objectives", c.objectives.empty()},
        {"modules", c.modules.empty()},
        {"methods", c.methods.empty()},
        {"means", c.means.empty()},
        {"assessment", c.assessment.empty()},
        {"follow-up-means", c.followUpMeans.empty()},
        {"distance-support", distance && c.distanceSupport.empty()},
        {"accessibility", c.accessibility.empty()},
        {"access-modalities", c.accessModalities.empty()},
        {"access-deadline", c.accessDeadline.empty() && c.accessDeadlineDays <= 0},
        {"prices", c.prices.empty()},
        {"certification", certifying && !c.certification},
        {"certification.title", c.certification && c.certification->title.empty()},
        {"certification.certifier", c.certification && c.certification->certifier.empty()},
        {"certification.registration-date", c.certification && c.certification->registrationDate.empty()},
    };
    for (const auto& [field, missing] : items)
        if (missing) report(at, owner, field, diagnostics);
}

void reportMissingOrganisationItems(const Organisation& org, const MissingContext& at, Diagnostics& diagnostics) {
    const std::vector<std::pair<const char*, bool>> items = {
        {"legal-name", org.legalName.empty()},
        {"siret", org.siret.empty()},
        {"nda", org.nda.empty()},
        {"contact[disability-referent]", org.disabilityReferent.empty()},
    };
    for (const auto& [field, missing] : items)
        if (missing) report(at, "organisation", field, diagnostics);
}

}  // namespace fd::lheo
