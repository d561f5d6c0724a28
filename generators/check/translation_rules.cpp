#include "generators/check/translation_rules.h"

#include "generators/check/rule_support.h"
#include "generators/programme/programme.h"

namespace fd::check {

namespace {

// A translatable text, where it was read, and the requirement it serves.
struct TextField {
    const LocalizedText* text;
    std::string locKey;    // key of SourceLoc::fieldLines
    std::string field;     // as diagnostics name it
    std::string file;
    int line;
    const char* requirementId;
};

class Collector {
public:
    explicit Collector(bool french) : french_(french) {}

    // Adds `text` under the French or the Portuguese requirement; nullptr = none in that jurisdiction.
    void add(const LocalizedText& text, const SourceLoc& loc, const std::string& locKey, const std::string& field,
             const char* frenchId, const char* portugueseId) {
        const char* id = french_ ? frenchId : portugueseId;
        if (id) fields_.push_back(TextField{&text, locKey, field, loc.file, loc.lineOf(locKey), id});
    }
    template <typename Items>
    void addList(const Items& items, const SourceLoc& loc, const std::string& listKey, const std::string& prefix,
                 const char* frenchId, const char* portugueseId) {
        for (size_t i = 0; i < items.size(); ++i) {
            const std::string key = listKey + "[" + std::to_string(i + 1) + "]";
            add(items[i], loc, key, prefix + key, frenchId, portugueseId);
        }
    }
    const std::vector<TextField>& fields() const { return fields_; }

private:
    bool french_;
    std::vector<TextField> fields_;
};

void courseTexts(Collector& c, const Course& course) {
    const SourceLoc& loc = course.loc;
    const std::string p = "course[" + course.id + "].";
    c.add(course.title, loc, "title", p + "title", "FR-PROG-01", "PT-PROG-01");
    c.add(course.domain, loc, "domain", p + "domain", "FR-PROG-01", "PT-PROG-01");
    c.add(course.audience, loc, "audience", p + "audience", "FR-PROG-02", "PT-PROG-04");
    c.addList(course.prerequisites, loc, "prerequisites", p, "FR-PROG-03", "PT-PROG-04");
    c.addList(course.objectives, loc, "objectives", p, "FR-PROG-04", "PT-PROG-03");
    c.add(course.professionalObjective, loc, "professional-objective", p + "professional-objective", "FR-PROG-04",
          "PT-PROG-03");
    for (size_t i = 0; i < course.modules.size(); ++i) {
        const Module& m = course.modules[i];
        const std::string name = p + "modules[" + std::to_string(i + 1) + "].";
        c.add(m.title, m.loc, "title", name + "title", "FR-PROG-05", "PT-PROG-06");
        c.add(m.content, m.loc, "content", name + "content", "FR-PROG-05", "PT-PROG-06");
    }
    c.add(course.trainingType, loc, "training-type", p + "training-type", nullptr, "PT-PROG-05");
    c.add(course.accessModalities, loc, "access-modalities", p + "access-modalities", "FR-PROG-07", "PT-PROG-12");
    c.add(course.accessDeadline, loc, "access-deadline", p + "access-deadline", "FR-PROG-08", "PT-PROG-12");
    for (size_t i = 0; i < course.prices.size(); ++i) {
        const std::string key = "prices[" + std::to_string(i + 1) + "].label";
        c.add(course.prices[i].label, loc, key, p + key, "FR-PROG-09", "PT-PROG-13");
    }
    c.add(course.methods, loc, "methods", p + "methods", "FR-PROG-11", "PT-PROG-08");
    c.add(course.means, loc, "means", p + "means", "FR-PROG-11", "PT-PROG-10");
    c.add(course.assessment, loc, "assessment", p + "assessment", "FR-PROG-12", "PT-PROG-09");
    c.add(course.accessibility, loc, "accessibility", p + "accessibility", "FR-PROG-13", "PT-REG-14");
    c.add(course.distanceSupport, loc, "distance-support", p + "distance-support", "FR-PROG-15", "PT-PROG-05");
    c.add(course.workBasedDetails, loc, "work-based-details", p + "work-based-details", "FR-PROG-16", "PT-PROG-05");
    c.add(course.followUpMeans, loc, "follow-up-means", p + "follow-up-means", "FR-PROG-17", nullptr);
    if (const auto& cert = course.certification) {
        c.add(cert->title, loc, "certification.title", p + "certification.title", "FR-PROG-18", nullptr);
        c.add(cert->equivalences, loc, "certification.equivalences", p + "certification.equivalences", "FR-PROG-19",
              nullptr);
        c.add(cert->bridges, loc, "certification.bridges", p + "certification.bridges", "FR-PROG-19", nullptr);
        c.add(cert->followUp, loc, "certification.follow-up", p + "certification.follow-up", "FR-PROG-19", nullptr);
        c.add(cert->jobOutcomes, loc, "certification.job-outcomes", p + "certification.job-outcomes", "FR-PROG-19",
              nullptr);
        for (size_t i = 0; i < cert->blocks.size(); ++i) {
            const std::string key = "certification.blocks[" + std::to_string(i + 1) + "].title";
            c.add(cert->blocks[i].title, loc, key, p + key, "FR-PROG-19", nullptr);
        }
    }
    c.add(course.trainerProfile, loc, "trainer-profile", p + "trainer-profile", "FR-PROG-22", "PT-PROG-11");
    c.add(course.sanction, loc, "sanction", p + "sanction", "FR-PROG-23", "PT-PROG-13");
    c.addList(course.locations, loc, "locations", p, "FR-PROG-24", "PT-PROG-12");
    c.add(course.schedule, loc, "schedule", p + "schedule", "FR-PROG-24", "PT-PROG-12");
}

void organisationTexts(Collector& c, const Organisation& org) {
    const SourceLoc& loc = org.loc;
    const std::pair<const Contact*, const char*> contacts[] = {{&org.pedagogicalContact, "pedagogical"},
                                                              {&org.administrativeContact, "administrative"},
                                                              {&org.disabilityReferent, "disability-referent"}};
    for (const auto& [contact, kind] : contacts) {
        const std::string key = std::string("contact[") + kind + "].role";
        const bool referent = contact == &org.disabilityReferent;
        c.add(contact->role, loc, key, key, referent ? "FR-PROG-13" : "FR-PROG-10",
              referent ? "PT-REG-14" : "PT-PROG-13");
    }
    c.add(org.policies.refundPolicy, loc, "policies.refund", "policies.refund", "FR-CAT-03", "PT-REG-06");
    c.add(org.policies.openingHours, loc, "policies.opening-hours", "policies.opening-hours", nullptr, "PT-REG-11");
    c.add(org.policies.trainingPolicy, loc, "policies.training-policy", "policies.training-policy", nullptr,
          "PT-REG-01");
}

void report(Recorder& recorder, const Collector& collector, const Course* course) {
    const Organisation& org = recorder.organisation();
    const std::string& main = org.mainLanguage();
    for (const TextField& f : collector.fields()) {
        // Untranslated texts of an item that does not apply, or absent in the main language
        // too (the requirement's own rule reports that), are not reported here.
        if (!recorder.applies(f.requirementId, course) || !hasTextIn(*f.text, main, main)) continue;
        LanguageList missing;
        for (const std::string& lang : org.languages)
            if (lang != main && !hasTextIn(*f.text, lang, main)) missing.codes.push_back(lang);
        if (missing.codes.empty()) continue;
        Evidence evidence{{}, {}, f.field, f.file, f.line};
        if (course) evidence.document = gen::programmeFileName(*course, missing.codes.front());
        recorder.recordWeighing(Severity::Recommended, f.requirementId, course, Status::Missing,
                                "check.detail.translation_missing", {{"languages", missing}}, std::move(evidence));
    }
}

}  // namespace

void checkTranslations(Recorder& recorder) {
    const bool french = recorder.organisation().jurisdiction == Jurisdiction::FR;
    Collector organisation(french);
    organisationTexts(organisation, recorder.organisation());
    report(recorder, organisation, nullptr);
    for (const Course& course : recorder.workspace().courses) {
        Collector texts(french);
        courseTexts(texts, course);
        report(recorder, texts, &course);
    }
}

}  // namespace fd::check
