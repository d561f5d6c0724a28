// The Portuguese certificado de formação profissional (PT-CERT-01..17) and its attendance variant
// (PT-CERT-20): every field in every language, the landscape framed layout with the modules on
// the back page, and the markers every certificate shares (number, duplicate, verification).
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "certificate_test_support.h"

namespace fd::gen {
namespace {

using namespace certificate_testing;

using Expectations = std::map<std::string, std::vector<std::string>>;

int pageBreaks(const doc::Document& document) {
    return static_cast<int>(std::count_if(document.blocks.begin(), document.blocks.end(), [](const doc::Block& b) {
        return std::holds_alternative<doc::PageBreak>(b);
    }));
}

TEST(CertificateDgert, PrintsEveryMandatoryFieldInEveryLanguage) {
    const Workspace ws = portugueseWorkspace();
    const std::string area = localizer("pt").msg("cnaef.341");
    const std::map<std::string, Expectations> byLang{
        {"pt",
         {{"PT-CERT-01", {"Certificado de Formação Profissional", "N.º\u00A0CFT-2026-00007"}},
          {"PT-CERT-02", {"Centro de Formação Tejo, Lda., NIF 507104560, entidade formadora certificada pela DGERT"}},
          {"PT-CERT-04", {"titular do Cartão de Cidadão n.º\u00A0123561353ZY0 (válido até 10 de janeiro de 2030)"}},
          {"PT-CERT-05", {"nascida em 14 de março de 1988"}},
          {"PT-CERT-06", {"natural de Cedofeita, Porto"}},
          {"PT-CERT-07", {"de nacionalidade Portuguesa"}},
          {"PT-CERT-08", {"do sexo feminino"}},
          {"PT-CERT-09", {"concluiu com aproveitamento a ação de formação", "«Gerir uma equipa no dia a dia»"}},
          {"PT-CERT-10", {"(CNAEF) 341 – " + area}},
          {"PT-CERT-11", {"com a duração total de 21 horas"}},
          {"PT-CERT-12", {"realizada de 9 de março de 2026 a 11 de março de 2026"}},
          {"PT-CERT-13", {"na modalidade de Formação contínua", "em regime presencial"}},
          {"PT-CERT-14", {"Classificação final: 16"}},
          {"PT-CERT-15", {"Módulos da ação de formação", "0349 | O papel do gestor | 7 horas", "Duração total | 21 horas"}},
          {"PT-CERT-16", {"Lisboa, 20 de março de 2026"}},
          {"PT-CERT-17", {"Claire Vasseur", "Sócia-gerente", "selo branco"}}}},
        {"en",
         {{"PT-CERT-01", {"Vocational Training Certificate", "No.\u00A0CFT-2026-00007"}},
          {"PT-CERT-02", {"Centro de Formação Tejo, Lda., NIF 507104560, a training entity certified by DGERT"}},
          {"PT-CERT-04", {"Citizen Card (Cartão de Cidadão) no.\u00A0123561353ZY0 (valid until 10 January 2030)"}},
          {"PT-CERT-05", {"born on 14 March 1988"}},
          {"PT-CERT-06", {"native of Cedofeita, Porto"}},
          {"PT-CERT-07", {"of Portuguesa nationality"}},
          {"PT-CERT-08", {"female"}},
          {"PT-CERT-09", {"has successfully completed the training action", "Managing a team day to day"}},
          {"PT-CERT-10", {"(CNAEF) 341 – "}},
          {"PT-CERT-11", {"21 hours"}},
          {"PT-CERT-12", {"from 9 March 2026 to 11 March 2026"}},
          {"PT-CERT-13", {"Continuing training", "face to face"}},
          {"PT-CERT-14", {"Final classification: 16"}},
          {"PT-CERT-15", {"Modules of the training action", "0349 | The manager’s role | 7 hours"}},
          {"PT-CERT-16", {"Lisboa"}},
          {"PT-CERT-17", {"Claire Vasseur", "Managing partner", "embossed seal"}},
          {"EN-02", {"Translation – the Portuguese version prevails"}}}},
        {"fr",
         {{"PT-CERT-01", {"Certificat de formation professionnelle"}},
          {"PT-CERT-02", {"NIF 507104560, entité de formation certifiée par la DGERT"}},
          {"PT-CERT-05", {"née le 14 mars 1988"}},
          {"PT-CERT-09", {"a suivi avec succès l’action de formation"}},
          {"PT-CERT-14", {"Classification finale\u202F: 16"}},
          {"PT-CERT-15", {"Modules de l’action de formation"}},
          {"EN-02", {"Traduction – seule la version portugaise fait foi"}}}}};
    for (const auto& [lang, expectations] : byLang) {
        const auto g = generate(ws, "PT-1", CertificateModel::Dgert, lang, identity(ws, "CFT-2026-00007"));
        for (const auto& [id, fragments] : expectations)
            for (const auto& fragment : fragments)
                EXPECT_TRUE(g.has(fragment)) << lang << ' ' << id << ": missing \"" << fragment << "\" in\n" << g.text;
        EXPECT_TRUE(g.has("Ana Rita Gonçalves Ferreira")) << lang << " PT-CERT-03";
        EXPECT_TRUE(g.has("QR https://tejo.pt/verificar/K7M29QXA")) << lang;
        EXPECT_EQ(g.document.page.orientation, doc::Orientation::Landscape);
        EXPECT_TRUE(g.document.page.frame);
        EXPECT_EQ(pageBreaks(g.document), 1) << "the modules go on the back page";
        EXPECT_EQ(g.has("Tradução"), false) << lang;
    }
    const tmpl::Template t = loadCertificateTemplate(kSourceDir, ws, CertificateModel::Dgert, localizer("pt").messages());
    const std::vector<std::string> declared = t.requirementIds();
    for (int n = 1; n <= 17; ++n) {
        char id[16];
        std::snprintf(id, sizeof id, "PT-CERT-%02d", n);
        EXPECT_TRUE(std::find(declared.begin(), declared.end(), id) != declared.end()) << id;
    }
}

TEST(CertificateDgert, TraineesWithoutAproveitamentoGetTheCertificadoDeFrequencia) {
    const Workspace ws = portugueseWorkspace();
    const Eligibility e = certificateEligibility(ws, traineeById(ws, "PT-2"), CertificateModel::Dgert);
    ASSERT_TRUE(e.eligible);
    EXPECT_EQ(e.variant, CertificateVariant::Attendance);
    const auto g = generate(ws, "PT-2", CertificateModel::Dgert, "pt", identity(ws, "CFT-2026-00008"));
    EXPECT_TRUE(g.has("Certificado de Frequência")) << g.text;
    EXPECT_TRUE(g.has("frequentou a ação de formação"));
    EXPECT_TRUE(g.has("tendo frequentado 12 horas das 21 horas previstas"));
    EXPECT_TRUE(g.has("não certifica o aproveitamento"));
    EXPECT_FALSE(g.has("Certificado de Formação Profissional"));
    EXPECT_FALSE(g.has("concluiu com aproveitamento"));
    EXPECT_FALSE(g.has("Classificação final"));
    EXPECT_EQ(g.document.metadata.title, "Certificado de Frequência");
}

TEST(CertificateDgert, StatesDgertCertificationOnlyWhileValidOnTheIssueDate) {
    Workspace ws = portugueseWorkspace();
    ws.organisation.dgert->validUntil = date("2026-01-31");   // expired before the issue date
    const auto g = generate(ws, "PT-1", CertificateModel::Dgert, "pt", identity(ws, "CFT-2026-00007"));
    EXPECT_TRUE(g.has("Centro de Formação Tejo, Lda., NIF 507104560, certifica que")) << g.text;
    EXPECT_FALSE(g.has("DGERT"));
}

// The identity carries the edition (the version in the certificate's language): a first English
// edition is a translation and says nothing, whatever the register's version number.
TEST(CertificateMarkers, DuplicatesSayWhichVersionTheyAre) {
    const Workspace fr = frenchWorkspace();
    EXPECT_FALSE(generate(fr, "FR-1", CertificateModel::Attestation, "en", identity(fr, "ACR-2026-00012", 1))
                     .has("Duplicate"));
    EXPECT_TRUE(generate(fr, "FR-1", CertificateModel::Realisation, "fr", identity(fr, "ACR-2026-00012", 2))
                    .has("Duplicata — version 2"));
    EXPECT_TRUE(generate(fr, "FR-1", CertificateModel::Attestation, "en", identity(fr, "ACR-2026-00012", 3))
                    .has("Duplicate — version 3"));
    EXPECT_FALSE(generate(fr, "FR-1", CertificateModel::Realisation, "fr", identity(fr, "ACR-2026-00012", 1))
                     .has("Duplicata"));
    const Workspace pt = portugueseWorkspace();
    EXPECT_TRUE(generate(pt, "PT-1", CertificateModel::Dgert, "pt", identity(pt, "CFT-2026-00007", 2)).has("2.ª via"));
}

TEST(CertificateMarkers, NoQrCodeWithoutAVerificationUrl) {
    Workspace ws = frenchWorkspace();
    ws.organisation.verificationUrl.clear();
    const auto g = generate(ws, "FR-1", CertificateModel::Realisation, "fr", identity(ws, "ACR-2026-00012"));
    EXPECT_FALSE(g.has("QR "));
    EXPECT_TRUE(g.has("K7M29QXA")) << "the verification code is printed all the same";
}

TEST(CertificateMarkers, VerificationUrlSubstitutesTheCode) {
    Organisation org;
    org.verificationUrl = "https://example.org/verify/{code}?again={code}";
    EXPECT_EQ(verificationUrlFor(org, "ABCD2345"), "https://example.org/verify/ABCD2345?again=ABCD2345");
    org.verificationUrl.clear();
    EXPECT_EQ(verificationUrlFor(org, "ABCD2345"), "");
}

}  // namespace
}  // namespace fd::gen
