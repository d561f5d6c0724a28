// What the organisation itself must provide, read from organisation.xml: contacts and the
// disability referent, identity, identifiers and certifications valid on the day of the check
// (with a warning before they expire), a VAT regime of its jurisdiction, the main language, and
// the policies the regulations and terms of sale print.
#pragma once

#include "generators/check/recorder.h"
#include "model/model.h"

namespace fd::check {

// A certification ending within this many days gets a warning: renewal takes an audit, which
// has to be booked months ahead.
constexpr int kExpiryNoticeDays = 90;

void checkOrganisation(Recorder& recorder, const Date& today);

// The halves of checkOrganisation that concern certifications and taxes (certification_rules.cpp).
void checkCertifications(Recorder& recorder, const Date& today);
void checkVatRegime(Recorder& recorder);

}  // namespace fd::check
