#include "generators/regulation/legal_facts.h"

#include <algorithm>

#include "generators/policy/policy_files.h"
#include "generators/template/schema.h"
#include "model/cnaef.h"

namespace fd::gen {

namespace {

constexpr int64_t kDelegateElectionHundredths = 500 * 100;

const std::vector<std::string> kDeliveryModes{"presential", "distance", "blended", "work-based"};

std::string deliveryModeName(DeliveryMode mode) {
    switch (mode) {
    case DeliveryMode::Presential: return "presential";
    case DeliveryMode::Distance: return "distance";
    case DeliveryMode::Blended: return "blended";
    case DeliveryMode::WorkBased: return "work-based";
    }
    return {};
}

bool hasDistancePart(DeliveryMode mode) { return mode == DeliveryMode::Distance || mode == DeliveryMode::Blended; }

// The record types the facts need besides those of the shared schema.
struct LegalSchema {
    tmpl::RecordType area{"cnaef-area"};
    tmpl::RecordType facts{"legal-document"};
    LegalSchema();
};

LegalSchema::LegalSchema() {
    // An area is bound to its code; its name is a message of the output language (cnaef.xlf).
    tmpl::Fields<std::string>(area)
        .text("code", [](const std::string& code) { return code; })
        .computed("name", tmpl::Type::of(tmpl::Kind::Text),
                  [](const std::string& code, const tmpl::Origin&, const tmpl::EvalEnv& env) {
                      const bool named = env.l10n && cnaef::isAreaCode(code);
                      return tmpl::Value{named ? env.l10n->msg(cnaef::nameKey(code)) : std::string()};
                  });

    using F = LegalFacts;
    tmpl::Fields<F>(facts)
        .text("version", [](const F& f) { return f.edition.version; })
        .date("effectiveDate", [](const F& f) { return f.edition.effectiveDate; })
        .computed("longCourses", tmpl::Type::listOf(tmpl::Type::recordOf(tmpl::schema().course)),
                  [](const F& f, const tmpl::Origin&, const tmpl::EvalEnv&) {
                      tmpl::ValueList courses;
                      for (const Course* course : f.longCourses) courses.push_back(tmpl::courseValue(*course));
                      return tmpl::Value{std::move(courses)};
                  })
        .boolean("delegateElection", [](const F& f) { return !f.longCourses.empty(); })
        .computed("areas", tmpl::Type::listOf(tmpl::Type::recordOf(area)),
                  [this](const F& f, const tmpl::Origin& origin, const tmpl::EvalEnv&) {
                      tmpl::ValueList areas;
                      for (const std::string& code : f.areas)
                          areas.push_back(tmpl::Value{tmpl::RecordValue{&area, &code, origin}});
                      return tmpl::Value{std::move(areas)};
                  })
        .computed("deliveryModes", tmpl::Type::listOf(tmpl::Type::enumeration(kDeliveryModes)),
                  [](const F& f, const tmpl::Origin&, const tmpl::EvalEnv&) {
                      tmpl::ValueList modes;
                      for (const std::string& mode : f.deliveryModes) modes.push_back(tmpl::Value{mode});
                      return tmpl::Value{std::move(modes)};
                  })
        .boolean("distanceLearning", [](const F& f) { return f.distanceLearning; })
        .boolean("paidTraining", [](const F& f) { return f.paidTraining; })
        .text("complaintsFile", [](const F& f) { return f.complaintsFile; })
        .text("accessibilityFile", [](const F& f) { return f.accessibilityFile; })
        .text("dataProtectionFile", [](const F& f) { return f.dataProtectionFile; });
}

const LegalSchema& legalSchema() {
    static const LegalSchema instance;
    return instance;
}

}  // namespace

bool needsDelegateElection(const Course& course) { return course.totalHours.hundredths > kDelegateElectionHundredths; }

LegalFacts legalFacts(const Workspace& workspace, const std::string& lang, const Edition& edition) {
    LegalFacts facts;
    facts.edition = edition;
    std::vector<bool> offered(kDeliveryModes.size(), false);
    auto offer = [&](DeliveryMode mode) {
        const auto at = std::find(kDeliveryModes.begin(), kDeliveryModes.end(), deliveryModeName(mode));
        offered[static_cast<std::size_t>(at - kDeliveryModes.begin())] = true;
        facts.distanceLearning = facts.distanceLearning || hasDistancePart(mode);
    };
    for (const Course& course : workspace.courses) {
        if (needsDelegateElection(course)) facts.longCourses.push_back(&course);
        offer(course.deliveryMode);
        facts.paidTraining = facts.paidTraining ||
                             std::any_of(course.prices.begin(), course.prices.end(),
                                         [](const Price& price) { return price.amount > 0; });
    }
    for (const Session& session : workspace.sessions)
        if (session.mode) offer(*session.mode);
    for (std::size_t i = 0; i < kDeliveryModes.size(); ++i)
        if (offered[i]) facts.deliveryModes.push_back(kDeliveryModes[i]);

    if (workspace.organisation.dgert) facts.areas = workspace.organisation.dgert->areas;
    facts.complaintsFile = policyFileName(PolicyKind::Complaints, lang);
    facts.accessibilityFile = policyFileName(PolicyKind::Accessibility, lang);
    facts.dataProtectionFile = policyFileName(PolicyKind::DataProtection, lang);
    return facts;
}

const tmpl::RecordType& legalFactsType() { return legalSchema().facts; }

tmpl::Value legalFactsValue(const LegalFacts& facts) {
    return tmpl::Value{tmpl::RecordValue{&legalSchema().facts, &facts, tmpl::Origin{}}};
}

}  // namespace fd::gen
