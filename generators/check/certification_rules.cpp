// The quality certification the documents advertise (Qualiopi in France, DGERT in Portugal),
// valid on the day of the check, and the VAT regime their price mentions follow.
#include "generators/check/organisation_rules.h"

namespace fd::check {

namespace {

// OK, not yet valid, expired, or valid but ending within kExpiryNoticeDays (a warning).
void validity(Recorder& recorder, const std::string& id, const Date& from, const Date& until, const Date& today,
              const std::string& element) {
    Evidence evidence = recorder.organisationField(element, element);
    if (from.empty()) {
        evidence.field += ".valid-from";
        recorder.finding(id, nullptr, Status::Missing, "check.detail.missing", {}, std::move(evidence));
    } else if (today < from) {
        evidence.field += ".valid-from";
        recorder.finding(id, nullptr, Status::Invalid, "check.detail.not_yet_valid", {{"date", from}},
                         std::move(evidence));
    } else if (until.empty()) {
        recorder.ok(id, nullptr, std::move(evidence), "check.detail.valid_without_end");
    } else if (until < today) {
        evidence.field += ".valid-until";
        recorder.finding(id, nullptr, Status::Invalid, "check.detail.expired", {{"date", until}}, std::move(evidence));
    } else if (until.daysSinceEpoch() - today.daysSinceEpoch() <= kExpiryNoticeDays) {
        evidence.field += ".valid-until";
        recorder.recordWeighing(Severity::Warning, id, nullptr, Status::Expiring, "check.detail.expires_soon",
                                {{"date", until}, {"days", until.daysSinceEpoch() - today.daysSinceEpoch()}},
                                std::move(evidence));
    } else {
        recorder.ok(id, nullptr, std::move(evidence), "check.detail.valid_until", {{"date", until}});
    }
}

// FR-FMT-04: the mark is printed only while valid and with the certified categories spelled out.
// Without a certification the documents simply carry no mark: worth knowing, not a gap.
void qualiopi(Recorder& recorder, const Date& today) {
    const auto& qualiopi = recorder.organisation().qualiopi;
    if (!qualiopi) {
        recorder.recordWeighing(Severity::Recommended, "FR-FMT-04", nullptr, Status::Missing,
                                "check.detail.qualiopi_absent", {}, recorder.organisationField("qualiopi", "qualiopi"));
        return;
    }
    validity(recorder, "FR-FMT-04", qualiopi->validFrom, qualiopi->validUntil, today, "qualiopi");
    if (qualiopi->categories.empty())
        recorder.finding("FR-FMT-04", nullptr, Status::Missing, "check.detail.missing", {},
                         recorder.organisationField("qualiopi", "qualiopi.category"));
}

// PT-FMT-01: the "entidade formadora certificada" statement, while the certification is valid.
void dgert(Recorder& recorder, const Date& today) {
    const auto& dgert = recorder.organisation().dgert;
    if (!dgert) {
        recorder.recordWeighing(Severity::Recommended, "PT-FMT-01", nullptr, Status::Missing,
                                "check.detail.dgert_absent", {}, recorder.organisationField("dgert", "dgert"));
        return;
    }
    validity(recorder, "PT-FMT-01", dgert->validFrom, dgert->validUntil, today, "dgert");
    if (dgert->number.empty())
        recorder.finding("PT-FMT-01", nullptr, Status::Missing, "check.detail.missing", {},
                         recorder.organisationField("dgert", "dgert.number"));
    if (dgert->areas.empty())
        recorder.finding("PT-FMT-01", nullptr, Status::Missing, "check.detail.missing", {},
                         recorder.organisationField("dgert", "dgert.area"));
}

const char* regimeName(VatRegime regime) {
    switch (regime) {
        case VatRegime::ExemptTraining: return "exempt-training";
        case VatRegime::Franchise293B: return "franchise-293b";
        case VatRegime::Liable: return "liable";
        case VatRegime::ExemptArt9PT: return "exempt-art9-pt";
    }
    return "";
}

}  // namespace

void checkCertifications(Recorder& recorder, const Date& today) {
    if (recorder.organisation().jurisdiction == Jurisdiction::FR) qualiopi(recorder, today);
    else dgert(recorder, today);
}

void checkVatRegime(Recorder& recorder) {
    const Organisation& org = recorder.organisation();
    Evidence evidence = recorder.organisationField("vat", "vat.regime");
    const bool french = org.jurisdiction == Jurisdiction::FR;
    const bool portugueseRegime = org.vatRegime == VatRegime::ExemptArt9PT;
    const bool frenchRegime = org.vatRegime == VatRegime::ExemptTraining || org.vatRegime == VatRegime::Franchise293B;
    // A regime of the other country would print its legal basis on every price: always a gap,
    // whichever regime the requirement is conditioned on.
    if ((french && portugueseRegime) || (!french && frenchRegime)) {
        recorder.recordWeighing(Severity::Mandatory, french ? "FR-FMT-05" : "PT-FMT-04", nullptr, Status::Invalid,
                                "check.detail.vat_other_jurisdiction",
                                {{"regime", std::string(regimeName(org.vatRegime))}}, std::move(evidence));
        return;
    }
    if (!french) {
        recorder.ok("PT-FMT-04", nullptr, std::move(evidence));
        return;
    }
    recorder.ok(org.vatRegime == VatRegime::Franchise293B ? "FR-FMT-06" : "FR-FMT-05", nullptr, evidence);
    // A VAT-liable company states its intra-EU VAT number (FR-FMT-08).
    if (org.vatRegime == VatRegime::Liable) {
        Evidence number = recorder.organisationField("vat-number", "vat-number");
        if (org.vatNumber.empty())
            recorder.finding("FR-FMT-08", nullptr, Status::Missing, "check.detail.missing", {}, std::move(number));
        else
            recorder.ok("FR-FMT-08", nullptr, std::move(number));
    }
}

}  // namespace fd::check
