#include "generators/check/organisation_rules.h"

#include "generators/check/rule_support.h"
#include "model/identifiers.h"

namespace fd::check {

namespace {

// A contact people can reach: a name, an e-mail and a phone number, each reported on its own.
void requireContact(Recorder& recorder, const std::string& id, const Contact& contact, const std::string& kind) {
    const std::string key = "contact[" + kind + "]";
    if (contact.empty()) {
        recorder.finding(id, nullptr, Status::Missing, "check.detail.missing", {},
                         recorder.organisationField(key, key));
        return;
    }
    bool complete = true;
    const std::pair<const char*, const std::string*> parts[] = {
        {"name", &contact.name}, {"email", &contact.email}, {"phone", &contact.phone}};
    for (const auto& [part, value] : parts) {
        if (!value->empty()) continue;
        complete = false;
        recorder.finding(id, nullptr, Status::Missing, "check.detail.missing", {},
                         recorder.organisationField(key, key + "." + part));
    }
    if (complete) recorder.ok(id, nullptr, recorder.organisationField(key, key));
}

void requirePlain(Recorder& recorder, const std::string& id, const std::string& value, const std::string& key) {
    Evidence evidence = recorder.organisationField(key, key);
    if (!value.empty()) recorder.ok(id, nullptr, std::move(evidence));
    else recorder.finding(id, nullptr, Status::Missing, "check.detail.missing", {}, std::move(evidence));
}

// FR-PROG-25 / FR-FMT-08: who the organisation is, as its documents print it.
void identity(Recorder& recorder) {
    const Organisation& org = recorder.organisation();
    requirePlain(recorder, "FR-PROG-25", org.legalName, "legal-name");
    requirePlain(recorder, "FR-PROG-25", org.address.street, "street");
    requirePlain(recorder, "FR-PROG-25", org.address.postcode, "postcode");
    requirePlain(recorder, "FR-PROG-25", org.address.city, "city");
    requirePlain(recorder, "FR-FMT-08", org.legalForm, "legal-form");
    Evidence siret = recorder.organisationField("siret", "siret");
    if (org.siret.empty())
        recorder.finding("FR-FMT-08", nullptr, Status::Missing, "check.detail.missing", {}, std::move(siret));
    else if (ids::checkSiret(org.siret) != ids::IdCheck::Valid)
        recorder.finding("FR-FMT-08", nullptr, Status::Invalid, "check.detail.siret_invalid", {{"value", org.siret}},
                         std::move(siret));
    else
        recorder.ok("FR-FMT-08", nullptr, std::move(siret));
}

// FR-FMT-01/02: the NDA phrase needs the 11-digit number and the region of the prefecture.
void activityDeclaration(Recorder& recorder) {
    const Organisation& org = recorder.organisation();
    Evidence nda = recorder.organisationField("nda", "nda");
    if (org.nda.empty())
        recorder.finding("FR-FMT-01", nullptr, Status::Missing, "check.detail.missing", {}, std::move(nda));
    else if (ids::checkNda(org.nda) == ids::IdCheck::Format)
        recorder.finding("FR-FMT-01", nullptr, Status::Invalid, "check.detail.nda_format", {{"value", org.nda}},
                         std::move(nda));
    else
        recorder.ok("FR-FMT-01", nullptr, std::move(nda));
    Evidence region = recorder.organisationField("nda", "nda.region");
    if (org.ndaRegion.empty())
        recorder.finding("FR-FMT-02", nullptr, Status::Missing, "check.detail.missing", {}, std::move(region));
    else
        recorder.ok("FR-FMT-02", nullptr, std::move(region));
}

// FR-FMT-09 / PT-FMT-03: the version with legal standing is the jurisdiction's language, so the
// texts must be written in it first.
void mainLanguage(Recorder& recorder) {
    const Organisation& org = recorder.organisation();
    const bool french = org.jurisdiction == Jurisdiction::FR;
    const std::string required = french ? "fr" : "pt";
    const std::string id = french ? "FR-FMT-09" : "PT-FMT-03";
    Evidence evidence = recorder.organisationField("languages", "languages");
    if (org.mainLanguage() == required)
        recorder.ok(id, nullptr, std::move(evidence));
    else
        recorder.finding(id, nullptr, Status::Invalid, "check.detail.main_language",
                         {{"lang", MessageRef{"lang." + org.mainLanguage()}},
                          {"required", MessageRef{"lang." + required}}},
                         std::move(evidence));
}

void frenchPolicies(Recorder& recorder) {
    const Policies& policies = recorder.organisation().policies;
    requireOrganisationText(recorder, "FR-CAT-03", policies.refundPolicy, "policies.refund");
    // L6353-5: a private individual has ten days to withdraw; fewer is unlawful.
    constexpr int kLegalWithdrawalDays = 10;
    Evidence evidence = recorder.organisationField("policies", "policies.withdrawal-days");
    if (policies.withdrawalDays >= kLegalWithdrawalDays)
        recorder.ok("FR-PROG-27", nullptr, std::move(evidence));
    else
        recorder.finding("FR-PROG-27", nullptr, Status::Invalid, "check.detail.withdrawal_days",
                         {{"days", static_cast<int64_t>(policies.withdrawalDays)},
                          {"legal", static_cast<int64_t>(kLegalWithdrawalDays)}},
                         std::move(evidence));
}

void portuguesePolicies(Recorder& recorder) {
    const Policies& policies = recorder.organisation().policies;
    requireOrganisationText(recorder, "PT-REG-01", policies.trainingPolicy, "policies.training-policy");
    requireOrganisationText(recorder, "PT-REG-06", policies.refundPolicy, "policies.refund");
    requireOrganisationText(recorder, "PT-REG-11", policies.openingHours, "policies.opening-hours");
    Evidence evidence = recorder.organisationField("policies", "policies.complaint-response-days");
    if (policies.complaintResponseDays > 0) recorder.ok("PT-REG-08", nullptr, std::move(evidence));
    else recorder.finding("PT-REG-08", nullptr, Status::Missing, "check.detail.missing", {}, std::move(evidence));
}

}  // namespace

void checkOrganisation(Recorder& recorder, const Date& today) {
    const Organisation& org = recorder.organisation();
    if (org.jurisdiction == Jurisdiction::FR) {
        requireContact(recorder, "FR-PROG-10", org.pedagogicalContact, "pedagogical");
        requireContact(recorder, "FR-PROG-10", org.administrativeContact, "administrative");
        requireContact(recorder, "FR-PROG-13", org.disabilityReferent, "disability-referent");
        identity(recorder);
        activityDeclaration(recorder);
        frenchPolicies(recorder);
    } else {
        requireContact(recorder, "PT-PROG-13", org.pedagogicalContact, "pedagogical");
        requireContact(recorder, "PT-PROG-13", org.administrativeContact, "administrative");
        requireContact(recorder, "PT-REG-14", org.disabilityReferent, "disability-referent");
        portuguesePolicies(recorder);
    }
    mainLanguage(recorder);
    checkCertifications(recorder, today);
    checkVatRegime(recorder);
}

}  // namespace fd::check
