#include "generators/programme/programme_roots.h"

#include <string>

#include "model/identifiers.h"

namespace fd::gen {

namespace {

// Record types cannot be copied: each is built in place, once.
struct ResultsRecord {
    tmpl::RecordType type{"results"};
    ResultsRecord() {
        using R = ProgrammeResults;
        tmpl::Fields<R>(type)
            .boolean("available", [](const R& r) { return r.available; })
            // Text, not integer: a year is never grouped ("2025", not "2 025").
            .text("year", [](const R& r) { return std::to_string(r.year); })
            .integer("trainees", [](const R& r) { return r.trainees; })
            .text("satisfaction", [](const R& r) { return r.satisfaction; })
            .text("success", [](const R& r) { return r.success; })
            .text("certification", [](const R& r) { return r.certification; })
            .date("calculated", [](const R& r) { return r.calculated; });
    }
};

struct RegistrationRecord {
    tmpl::RecordType type{"registration"};
    RegistrationRecord() {
        tmpl::Fields<Registration>(type).text("siren", [](const Registration& r) { return r.siren; });
    }
};

}  // namespace

Registration registrationOf(const Organisation& org) {
    Registration registration;
    if (org.jurisdiction == Jurisdiction::FR && !org.siret.empty()) registration.siren = ids::sirenOfSiret(org.siret);
    return registration;
}

const tmpl::RecordType& resultsRecord() {
    static const ResultsRecord record;
    return record.type;
}

const tmpl::RecordType& registrationRecord() {
    static const RegistrationRecord record;
    return record.type;
}

tmpl::Value resultsValue(const ProgrammeResults& results) {
    return tmpl::Value{tmpl::RecordValue{&resultsRecord(), &results, tmpl::Origin{}}};
}

tmpl::Value registrationValue(const Registration& registration) {
    return tmpl::Value{tmpl::RecordValue{&registrationRecord(), &registration, tmpl::Origin{}}};
}

}  // namespace fd::gen
