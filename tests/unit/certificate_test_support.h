// Helpers shared by the certificate tests (tests/unit/certificate_*.cpp): the hand-built French
// and Portuguese workspaces of the programme tests with trainees added, an identity as the
// register would assign it, and the whole printed text of a certificate.
#pragma once

#include <memory>
#include <string>
#include <variant>

#include "doc/doc.h"
#include "generators/certificate/certificate.h"
#include "programme_test_support.h"

namespace fd::certificate_testing {

using programme_testing::date;
using programme_testing::kSourceDir;
using programme_testing::localizer;
using programme_testing::plain;
using programme_testing::text;

inline Trainee trainee(std::string id, std::string family, std::string given, Hours attended, Outcome outcome) {
    Trainee t;
    t.loc.file = "trainees.csv";
    t.loc.line = 2;
    t.id = std::move(id);
    t.sessionId = "S-2026-01";
    t.familyName = std::move(family);
    t.givenNames = std::move(given);
    t.hoursAttended = attended;
    t.outcome = outcome;
    return t;
}

// The French workspace (course MGT-ENT, 21 hours; session S-2026-01, 9–11 March 2026) with:
// FR-1 completed, employed; FR-2 dropped out after 12 hours; FR-3 failed; FR-4 never came.
inline Workspace frenchWorkspace() {
    Workspace ws = programme_testing::frenchWorkspace();
    ws.organisation.certificatePrefix = "ACR";
    ws.organisation.verificationUrl = "https://verif.atelier-competences.fr/c/{code}";
    Trainee completed = trainee("FR-1", "Martin", "Éloïse", Hours{2100}, Outcome::Completed);
    completed.employer = "Clinique des Cèdres";
    completed.birthDate = date("1991-05-17");
    completed.grade = "15/20";
    Trainee partial = trainee("FR-2", "N'Diaye", "Aminata", Hours{1200}, Outcome::Abandoned);
    Trainee failed = trainee("FR-3", "Lœwenbruck", "Jean-Baptiste", Hours{2100}, Outcome::Failed);
    failed.grade = "8/20";
    Trainee absent = trainee("FR-4", "Straße", "Łukasz", Hours{0}, Outcome::Abandoned);
    ws.trainees = {completed, partial, failed, absent};
    return ws;
}

// The Portuguese workspace (DGERT-certified for area 341, the course's) with: PT-1 completed
// with a Cartão de Cidadão and a grade; PT-2 dropped out after 12 hours (certificado de frequência).
inline Workspace portugueseWorkspace() {
    Workspace ws = programme_testing::portugueseWorkspace();
    ws.organisation.certificatePrefix = "CFT";
    ws.organisation.verificationUrl = "https://tejo.pt/verificar/{code}";
    ws.organisation.legalRepresentative.capacity =
        text({{"pt", "Sócia-gerente"}, {"en", "Managing partner"}, {"fr", "Associée gérante"}});
    Course& course = ws.courses.front();
    course.modules[0].code = "0349";
    Trainee completed = trainee("PT-1", "Gonçalves Ferreira", "Ana Rita", Hours{2100}, Outcome::Completed);
    completed.birthDate = date("1988-03-14");
    completed.birthPlace = "Cedofeita, Porto";
    completed.nationality = "Portuguesa";
    completed.sex = "F";
    completed.idDocumentType = "cc";
    completed.idDocumentNumber = "123561353ZY0";
    completed.idDocumentExpiry = date("2030-01-10");
    completed.employer = "Farmácia Central, Lda.";
    completed.grade = "16";
    Trainee partial = trainee("PT-2", "Sousa", "João Pedro", Hours{1200}, Outcome::Abandoned);
    partial.birthDate = date("1979-11-02");
    partial.nationality = "Portuguesa";
    ws.trainees = {completed, partial};
    return ws;
}

inline gen::CertificateIdentity identity(const Workspace& ws, std::string number, int edition = 1) {
    gen::CertificateIdentity id;
    id.number = std::move(number);
    id.edition = edition;
    id.verificationCode = "K7M29QXA";
    id.issueDate = date("2026-03-20");
    id.verificationUrl = gen::verificationUrlFor(ws.organisation, id.verificationCode);
    return id;
}

inline const Trainee& traineeById(const Workspace& ws, const std::string& id) {
    for (const auto& t : ws.trainees)
        if (t.id == id) return t;
    throw std::invalid_argument("no trainee " + id);
}

// Everything a reader of the certificate sees, one block part per line: body blocks (signature,
// QR caption and data, ticked "[x]" and empty "[ ]" boxes included), then header and footer.
inline std::string printedText(const doc::Document& document) {
    std::string out;
    const auto line = [&out](const std::string& s) { out += s + '\n'; };
    std::function<void(const std::vector<doc::Block>&)> walk = [&](const std::vector<doc::Block>& blocks) {
        for (const auto& block : blocks) {
            if (const auto* h = std::get_if<doc::Heading>(&block)) line(plain(h->text));
            if (const auto* p = std::get_if<doc::Paragraph>(&block)) line(plain(p->text));
            if (const auto* l = std::get_if<doc::List>(&block))
                for (const auto& item : l->items) line(plain(item));
            if (const auto* kv = std::get_if<doc::KeyValueTable>(&block))
                for (const auto& [key, value] : kv->rows) line(plain(key) + " | " + plain(value));
            if (const auto* t = std::get_if<doc::Table>(&block)) {
                for (const auto& row : t->rows) {
                    std::string cells;
                    for (const auto& cell : row) cells += plain(cell) + " | ";
                    line(cells);
                }
                std::string footer;
                for (const auto& cell : t->footer) footer += plain(cell) + " | ";
                line(footer);
            }
            if (const auto* c = std::get_if<doc::Checkboxes>(&block))
                for (const auto& [label, checked] : c->items) line((checked ? "[x] " : "[ ] ") + plain(label));
            if (const auto* s = std::get_if<doc::Signature>(&block)) {
                line(plain(s->placeDate));
                line(plain(s->label));
                line(s->name);
                line(plain(s->capacity));
            }
            if (const auto* q = std::get_if<doc::QrCode>(&block)) line("QR " + q->data + " " + plain(q->caption));
            if (const auto* n = std::get_if<std::shared_ptr<doc::Notice>>(&block)) walk((*n)->blocks);
            if (const auto* k = std::get_if<std::shared_ptr<doc::KeepTogether>>(&block)) walk((*k)->blocks);
        }
    };
    walk(document.blocks);
    line(document.header.left);
    line(document.header.right);
    line(document.footer.left);
    line(document.footer.center);
    return out;
}

struct GeneratedCertificate {
    doc::Document document;
    Diagnostics warnings;
    std::string text;
    bool has(const std::string& fragment) const { return text.find(fragment) != std::string::npos; }
};

inline GeneratedCertificate generate(const Workspace& ws, const std::string& traineeId, gen::CertificateModel model,
                                     const std::string& lang, const gen::CertificateIdentity& id) {
    const i18n::Localizer& l10n = localizer(lang);
    const tmpl::Template t = gen::loadCertificateTemplate(kSourceDir, ws, model, l10n.messages());
    GeneratedCertificate g;
    g.document = gen::generateCertificate(ws, traineeById(ws, traineeId), model, id, l10n, t, g.warnings);
    g.text = printedText(g.document);
    return g;
}

}  // namespace fd::certificate_testing
