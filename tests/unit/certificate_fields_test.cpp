// Every mandatory field of each certificate model (domain/requirements.md FR-CR, FR-ATT, PT-CERT,
// EN) is printed, in French, Portuguese and English, with the shipped templates and catalogues:
// each requirement ID is checked against the text a reader sees (body, signature, QR caption,
// tick boxes, footer), and the templates declare every ID.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "certificate_test_support.h"

namespace fd::gen {
namespace {

using namespace certificate_testing;

using Expectations = std::map<std::string, std::vector<std::string>>;   // requirement ID -> fragments

void expectPrinted(const GeneratedCertificate& g, const Expectations& expectations, const std::string& lang) {
    for (const auto& [id, fragments] : expectations)
        for (const auto& fragment : fragments)
            EXPECT_TRUE(g.has(fragment)) << lang << ' ' << id << ": missing \"" << fragment << "\" in\n" << g.text;
}

void expectDeclared(CertificateModel model, const std::vector<std::string>& ids) {
    const Workspace ws = model == CertificateModel::Dgert ? portugueseWorkspace() : frenchWorkspace();
    const tmpl::Template t = loadCertificateTemplate(kSourceDir, ws, model, localizer("en").messages());
    const std::vector<std::string> declared = t.requirementIds();
    for (const auto& id : ids)
        EXPECT_TRUE(std::find(declared.begin(), declared.end(), id) != declared.end())
            << certificateModelId(model) << " template does not declare " << id;
}

// ---- Certificat de réalisation ---------------------------------------------------------------

Expectations realisationExpectations(const std::string& lang) {
    const std::string title = lang == "fr" ? "Certificat de réalisation"
                              : lang == "pt" ? "Certificado de realização" : "Certificate of Completion";
    const std::string capacity = lang == "fr" ? "Gérante" : lang == "pt" ? "Gerente" : "Managing director";
    const std::map<std::string, Expectations> byLang{
        {"fr",
         {{"FR-CR-02", {"Je soussigné(e) Claire Vasseur, Gérante, représentant légal du dispensateur de l’action"}},
          {"FR-CR-03", {"Enregistré sous le numéro 84 69 12345 69", "Cachet et signature du dispensateur de l’action"}},
          {"FR-CR-06", {"Manager une équipe au quotidien"}},
          {"FR-CR-07", {"[x] Action de formation", "[ ] Bilan de compétences",
                        "[ ] Action permettant de faire valider les acquis de l’expérience",
                        "[ ] Action de formation par apprentissage"}},
          {"FR-CR-08", {"Du 9 mars 2026 au 11 mars 2026"}},
          {"FR-CR-09", {"Durée réalisée | 21 heures"}},
          {"FR-CR-10", {"pendant trois ans à compter de la fin de l’année du dernier paiement"}},
          {"FR-CR-11", {"Fait à Lyon, le 20 mars 2026"}}}},
        {"en",
         {{"FR-CR-02", {"I, the undersigned, Claire Vasseur, Managing director, legal representative of"}},
          {"FR-CR-03", {"Stamp and signature of the provider of the action"}},
          {"FR-CR-06", {"Managing a team day to day"}},
          {"FR-CR-07", {"[x] Training action", "[ ] Skills assessment"}},
          {"FR-CR-08", {"From 9 March 2026 to 11 March 2026"}},
          {"FR-CR-09", {"21 hours"}},
          {"FR-CR-10", {"for three years from the end of the year of the last payment"}},
          {"FR-CR-11", {"Done at Lyon on 20 March 2026"}},
          {"EN-02", {"Translation – the French version prevails"}}}},
        {"pt",
         {{"FR-CR-02", {"Eu, abaixo assinado(a), Claire Vasseur, Gerente, representante legal de"}},
          {"FR-CR-03", {"Carimbo e assinatura"}},
          // The course has no Portuguese title: the French one is printed (with a warning).
          {"FR-CR-06", {"Manager une équipe au quotidien"}},
          {"FR-CR-07", {"[x] Ação de formação", "[ ] Balanço de competências"}},
          {"FR-CR-08", {"De 9 de março de 2026 a 11 de março de 2026"}},
          {"FR-CR-09", {"21 horas"}},
          {"FR-CR-10", {"durante três anos"}},
          {"FR-CR-11", {"Lyon, 20 de março de 2026"}},
          {"EN-02", {"Tradução – prevalece a versão francesa"}}}}};
    Expectations e = byLang.at(lang);
    e["FR-CR-01"] = {title};
    e["FR-CR-02"].push_back(capacity);
    e["FR-CR-03"].push_back("Atelier Compétences Rhône SARL");
    e["FR-CR-03"].push_back("36252187900034");
    e["FR-CR-04"] = {"Éloïse Martin"};
    e["FR-CR-05"] = {"Clinique des Cèdres"};
    e["FR-CR-11"].push_back("Claire Vasseur");
    return e;
}

TEST(CertificateFields, RealisationPrintsEveryMandatoryFieldInEveryLanguage) {
    const Workspace ws = frenchWorkspace();
    for (const std::string lang : {"fr", "en", "pt"}) {
        const auto g = generate(ws, "FR-1", CertificateModel::Realisation, lang, identity(ws, "ACR-2026-00012"));
        expectPrinted(g, realisationExpectations(lang), lang);
        EXPECT_TRUE(g.has("ACR-2026-00012")) << lang;
        EXPECT_TRUE(g.has("K7M29QXA")) << lang;
        EXPECT_TRUE(g.has("QR https://verif.atelier-competences.fr/c/K7M29QXA")) << lang;
        EXPECT_EQ(g.has("Traduction"), false) << "the French version is the original";
    }
    expectDeclared(CertificateModel::Realisation,
                   {"FR-CR-01", "FR-CR-02", "FR-CR-03", "FR-CR-04", "FR-CR-05", "FR-CR-06", "FR-CR-07", "FR-CR-08",
                    "FR-CR-09", "FR-CR-10", "FR-CR-11", "EN-01", "EN-02", "EN-03"});
}

TEST(CertificateFields, RealisationTicksExactlyTheCourseNature) {
    Workspace ws = frenchWorkspace();
    ws.courses.front().nature = ActionNature::Vae;
    const auto g = generate(ws, "FR-1", CertificateModel::Realisation, "fr", identity(ws, "ACR-2026-00012"));
    EXPECT_TRUE(g.has("[x] Action permettant de faire valider les acquis de l’expérience"));
    EXPECT_TRUE(g.has("[ ] Action de formation\n"));
    std::size_t ticked = 0;
    for (auto at = g.text.find("[x]"); at != std::string::npos; at = g.text.find("[x]", at + 1)) ++ticked;
    EXPECT_EQ(ticked, 1u);
}

TEST(CertificateFields, RealisationCertifiesPartialCompletionAndLeavesOutAMissingEmployer) {
    const Workspace ws = frenchWorkspace();
    const auto fr = generate(ws, "FR-2", CertificateModel::Realisation, "fr", identity(ws, "ACR-2026-00013"));
    EXPECT_TRUE(fr.has("Réalisée à hauteur de 12 heures sur 21 heures")) << fr.text;
    EXPECT_TRUE(fr.has("Aminata N'Diaye"));
    EXPECT_FALSE(fr.has("Employeur")) << "no employer row for a trainee without employer";
    const auto en = generate(ws, "FR-2", CertificateModel::Realisation, "en", identity(ws, "ACR-2026-00013"));
    EXPECT_TRUE(en.has("Completed for 12 hours out of 21 hours")) << en.text;
}

TEST(CertificateFields, RealisationOfASingleDaySessionGivesOneDate) {
    Workspace ws = frenchWorkspace();
    for (auto& session : ws.sessions) session.end = session.start;
    const auto g = generate(ws, "FR-1", CertificateModel::Realisation, "fr", identity(ws, "ACR-2026-00012"));
    EXPECT_TRUE(g.has("Dates | Le 9 mars 2026")) << g.text;
}

// ---- Attestation de fin de formation ---------------------------------------------------------

TEST(CertificateFields, AttestationPrintsEveryMandatoryFieldInEveryLanguage) {
    const Workspace ws = frenchWorkspace();
    const std::map<std::string, Expectations> byLang{
        {"fr",
         {{"EN-01", {"Attestation de fin de formation"}},
          {"FR-ATT-01", {"Conduire un entretien individuel", "Fixer des objectifs SMART"}},
          {"FR-ATT-02", {"Nature et modalité | Action de formation · en présentiel"}},
          {"FR-ATT-03", {"Durée de l’action | 21 heures"}},
          {"FR-ATT-04", {"Évaluation | 15/20", "Conclusion | Objectifs atteints"}},
          {"FR-ATT-05", {"Éloïse Martin", "Atelier Compétences Rhône SARL", "Claire Vasseur"}},
          {"FR-ATT-06", {"Session | S-2026-01, du 9 mars 2026 au 11 mars 2026", "Lieu | Lyon 2e",
                         "N°\u00A0ACR-2026-00020", "Fait à Lyon, le 20 mars 2026"}}}},
        {"en",
         {{"EN-01", {"End-of-Training Certificate"}},
          {"EN-02", {"Translation – the French version prevails"}},
          {"FR-ATT-01", {"Conduct a one-to-one meeting", "Set SMART objectives"}},
          {"FR-ATT-02", {"Nature and delivery | Training action · face-to-face"}},
          {"FR-ATT-03", {"Duration of the action | 21 hours"}},
          {"FR-ATT-04", {"Assessment | 15/20", "Conclusion | Objectives achieved"}},
          {"FR-ATT-05", {"Éloïse Martin", "Atelier Compétences Rhône SARL", "Claire Vasseur"}},
          {"FR-ATT-06", {"Session | S-2026-01, from 9 March 2026 to 11 March 2026", "Place | Lyon 2e",
                         "No.\u00A0ACR-2026-00020", "Done at Lyon on 20 March 2026"}}}},
        {"pt",
         {{"EN-01", {"Declaração de fim de formação"}},
          {"FR-ATT-01", {"Conduzir uma entrevista individual", "Definir objetivos SMART"}},
          {"FR-ATT-02", {"Natureza e forma | Ação de formação · presencial"}},
          {"FR-ATT-03", {"Duração da ação | 21 horas"}},
          {"FR-ATT-04", {"Avaliação | 15/20", "Conclusão | Objetivos atingidos"}},
          {"FR-ATT-05", {"Éloïse Martin", "Atelier Compétences Rhône SARL", "Claire Vasseur"}},
          {"FR-ATT-06", {"Sessão | S-2026-01, de 9 de março de 2026 a 11 de março de 2026", "Local | Lyon 2e",
                         "N.º\u00A0ACR-2026-00020", "Lyon, 20 de março de 2026"}}}}};
    for (const auto& [lang, expectations] : byLang) {
        const auto g = generate(ws, "FR-1", CertificateModel::Attestation, lang, identity(ws, "ACR-2026-00020"));
        expectPrinted(g, expectations, lang);
        EXPECT_TRUE(g.has("QR https://verif.atelier-competences.fr/c/K7M29QXA")) << lang;
    }
    expectDeclared(CertificateModel::Attestation,
                   {"FR-ATT-01", "FR-ATT-02", "FR-ATT-03", "FR-ATT-04", "FR-ATT-05", "FR-ATT-06", "EN-01", "EN-02"});
}

TEST(CertificateFields, AttestationStatesResultsOnlyWhenTheCourseAssessesLearning) {
    Workspace ws = frenchWorkspace();
    const auto failed = generate(ws, "FR-3", CertificateModel::Attestation, "fr", identity(ws, "ACR-2026-00021"));
    EXPECT_TRUE(failed.has("Évaluation | 8/20")) << failed.text;
    EXPECT_TRUE(failed.has("Conclusion | Objectifs non atteints"));
    ws.courses.front().assessed = false;
    const auto unassessed = generate(ws, "FR-1", CertificateModel::Attestation, "fr", identity(ws, "ACR-2026-00020"));
    EXPECT_FALSE(unassessed.has("Évaluation |")) << unassessed.text;
    EXPECT_FALSE(unassessed.has("Conclusion |"));
    EXPECT_TRUE(unassessed.has("Fixer des objectifs SMART")) << "objectives are stated all the same (FR-ATT-01)";
}

TEST(CertificateFields, AttestationStatesTheCertificationResultOfACertifyingCourse) {
    Workspace ws = frenchWorkspace();
    CertifyingData certification;
    certification.code = "RNCP35340";
    certification.title = text({{"fr", "Manager d’équipe"}, {"en", "Team manager"}});
    ws.courses.front().certification = certification;
    ws.trainees.front().certification = CertificationResult::PartiallyObtained;
    const auto g = generate(ws, "FR-1", CertificateModel::Attestation, "fr", identity(ws, "ACR-2026-00020"));
    EXPECT_TRUE(g.has("Certification | RNCP35340 – Manager d’équipe\u202F: obtenue partiellement (blocs de compétences)"))
        << g.text;
    ws.trainees.front().certification = CertificationResult::NotPresented;
    EXPECT_FALSE(generate(ws, "FR-1", CertificateModel::Attestation, "fr", identity(ws, "ACR-2026-00020"))
                     .has("Certification |"));
}

}  // namespace
}  // namespace fd::gen
