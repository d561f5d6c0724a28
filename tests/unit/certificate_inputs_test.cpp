// certificateInputs(): what the register hashes to decide whether a certificate needs a new
// version. It changes with every printed input, and only with those.
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "certificate_test_support.h"

namespace fd::gen {
namespace {

using namespace certificate_testing;

struct Change {
    const char* what;
    std::function<void(Workspace&)> apply;
};

std::string inputs(const Workspace& ws, const std::string& traineeId, CertificateModel model, const std::string& lang) {
    return certificateInputs(ws, traineeById(ws, traineeId), model, lang);
}

void expectChanges(const Workspace& base, const std::string& traineeId, CertificateModel model,
                   const std::vector<Change>& changes, bool changesInputs) {
    const std::string before = inputs(base, traineeId, model, "fr");
    for (const auto& change : changes) {
        Workspace ws = base;
        change.apply(ws);
        const std::string after = inputs(ws, traineeId, model, "fr");
        if (changesInputs) EXPECT_NE(after, before) << certificateModelId(model) << ": " << change.what;
        else EXPECT_EQ(after, before) << certificateModelId(model) << ": " << change.what;
    }
}

Trainee& first(Workspace& ws) { return ws.trainees.front(); }

TEST(CertificateInputs, StableForTheSameData) {
    const Workspace ws = frenchWorkspace();
    EXPECT_EQ(inputs(ws, "FR-1", CertificateModel::Realisation, "fr"), inputs(ws, "FR-1", CertificateModel::Realisation, "fr"));
    EXPECT_NE(inputs(ws, "FR-1", CertificateModel::Realisation, "fr"), inputs(ws, "FR-1", CertificateModel::Realisation, "en"));
    EXPECT_NE(inputs(ws, "FR-1", CertificateModel::Realisation, "fr"), inputs(ws, "FR-1", CertificateModel::Attestation, "fr"));
    EXPECT_NE(inputs(ws, "FR-1", CertificateModel::Realisation, "fr"), inputs(ws, "FR-2", CertificateModel::Realisation, "fr"));
}

TEST(CertificateInputs, RealisationFollowsWhatItPrints) {
    const Workspace ws = frenchWorkspace();
    expectChanges(ws, "FR-1", CertificateModel::Realisation,
                  {{"family name", [](Workspace& w) { first(w).familyName = "Martin-Roux"; }},
                   {"hours attended", [](Workspace& w) { first(w).hoursAttended = Hours{1800}; }},
                   {"employer", [](Workspace& w) { first(w).employer = "Autre SA"; }},
                   {"course title in French", [](Workspace& w) { w.courses[0].title.byLang["fr"] = "Manager"; }},
                   {"nature", [](Workspace& w) { w.courses[0].nature = ActionNature::Vae; }},
                   {"session dates", [](Workspace& w) { for (auto& s : w.sessions) s.end = date("2026-03-12"); }},
                   {"legal representative", [](Workspace& w) { w.organisation.legalRepresentative.name = "Paul Roy"; }},
                   {"NDA", [](Workspace& w) { w.organisation.nda = "84691234570"; }},
                   {"verification URL", [](Workspace& w) { w.organisation.verificationUrl.clear(); }}},
                  true);
    expectChanges(ws, "FR-1", CertificateModel::Realisation,
                  {{"e-mail", [](Workspace& w) { first(w).email = "x@example.org"; }},
                   {"satisfaction", [](Workspace& w) { first(w).satisfaction = 2; }},
                   {"grade", [](Workspace& w) { first(w).grade = "9/20"; }},
                   {"birth place", [](Workspace& w) { first(w).birthPlace = "Brest"; }},
                   {"course title in English", [](Workspace& w) { w.courses[0].title.byLang["en"] = "Other"; }},
                   {"course price", [](Workspace& w) { w.courses[0].prices.clear(); }},
                   {"objectives", [](Workspace& w) { w.courses[0].objectives.clear(); }},
                   {"another trainee", [](Workspace& w) { w.trainees[1].familyName = "Other"; }},
                   {"organisation phone", [](Workspace& w) { w.organisation.phone = "+33 1 00 00 00 00"; }}},
                  false);
}

TEST(CertificateInputs, AttestationAlsoFollowsObjectivesAndResults) {
    const Workspace ws = frenchWorkspace();
    expectChanges(ws, "FR-1", CertificateModel::Attestation,
                  {{"grade", [](Workspace& w) { first(w).grade = "9/20"; }},
                   {"outcome", [](Workspace& w) { first(w).outcome = Outcome::Failed; }},
                   {"objectives", [](Workspace& w) { w.courses[0].objectives.pop_back(); }},
                   {"assessed", [](Workspace& w) { w.courses[0].assessed = false; }},
                   {"session place", [](Workspace& w) { for (auto& s : w.sessions) s.place = "Villeurbanne"; }}},
                  true);
    expectChanges(ws, "FR-1", CertificateModel::Attestation,
                  {{"id document", [](Workspace& w) { first(w).idDocumentNumber = "X123"; }},
                   {"birth date", [](Workspace& w) { first(w).birthDate = date("1990-01-01"); }},
                   {"modules", [](Workspace& w) { w.courses[0].modules.pop_back(); }},
                   {"SIRET", [](Workspace& w) { w.organisation.siret = "36252187900042"; }}},
                  false);
}

TEST(CertificateInputs, DgertFollowsIdentityAndModules) {
    const Workspace ws = portugueseWorkspace();
    expectChanges(ws, "PT-1", CertificateModel::Dgert,
                  {{"id document", [](Workspace& w) { first(w).idDocumentNumber = "X123"; }},
                   {"birth place", [](Workspace& w) { first(w).birthPlace = "Braga"; }},
                   {"nationality", [](Workspace& w) { first(w).nationality = "Brasileira"; }},
                   {"module hours", [](Workspace& w) { w.courses[0].modules[0].hours = Hours{800}; }},
                   {"CNAEF area", [](Workspace& w) { w.courses[0].cnaef = "345"; }},
                   {"DGERT validity", [](Workspace& w) { w.organisation.dgert->validUntil = date("2026-01-31"); }},
                   {"outcome (variant)", [](Workspace& w) { first(w).outcome = Outcome::Abandoned; }}},
                  true);
    expectChanges(ws, "PT-1", CertificateModel::Dgert,
                  {{"employer", [](Workspace& w) { first(w).employer = "Outra, Lda."; }},
                   {"objectives", [](Workspace& w) { w.courses[0].objectives.clear(); }}},
                  false);
}

TEST(CertificateInputs, ValuesCannotImitateOtherLines) {
    Workspace ws = frenchWorkspace();
    first(ws).familyName = "Martin\ntrainee.givenNames=X";
    const std::string serialised = inputs(ws, "FR-1", CertificateModel::Realisation, "fr");
    EXPECT_EQ(serialised.find("\ntrainee.givenNames=X\n"), std::string::npos) << serialised;
    EXPECT_NE(serialised.find("trainee.familyName=Martin\\ntrainee.givenNames=X\n"), std::string::npos) << serialised;
}

}  // namespace
}  // namespace fd::gen
