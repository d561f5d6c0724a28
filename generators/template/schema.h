// The one resolver between template field paths and the model: every path a template may
// write ("course.totalHours", "organisation.siret", "module.hours" inside a loop) is declared
// here with its type. docs/templates.md lists them all; keep the two in step.
#pragma once

#include <string>

#include "generators/common/mentions.h"
#include "generators/template/types.h"
#include "model/model.h"

namespace fd::tmpl {

// Facts about the document being generated, reached through the `document` root.
struct DocumentFacts {
    std::string lang;                 // fr, pt, en
    bool translation = false;         // EN-02: this document is a translation
    std::string prevailingLanguage;   // fr, pt: the version with legal standing
    Date today;                       // the build date (SOURCE_DATE_EPOCH when set)
    std::string indicatorsFile;       // the result indicators document in this language
};

struct Schema {
    RecordType address{"address"}, contact{"contact"}, legalRepresentative{"legal-representative"},
        qualiopi{"qualiopi"}, dgert{"dgert"}, policies{"policies"}, organisation{"organisation"},
        module{"module"}, price{"price"}, certificationBlock{"certification-block"},
        certification{"certification"}, session{"session"}, course{"course"}, document{"document"},
        mentions{"mentions"}, trainee{"trainee"};
    Schema();
    Schema(const Schema&) = delete;
    Schema& operator=(const Schema&) = delete;
};

const Schema& schema();

// Root values. The objects must outlive the rendering.
Value organisationValue(const Organisation& org);
Value courseValue(const Course& course);
Value documentValue(const DocumentFacts& facts);
Value mentionsValue(const gen::LegalMentions& mentions);
Value sessionValue(const Session& session);
Value traineeValue(const Trainee& trainee);

}  // namespace fd::tmpl
