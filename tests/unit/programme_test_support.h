// Helpers shared by the template and programme unit tests: a hand-built workspace (no readers),
// the real catalogues, a pinned build date, and walks over a produced document.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "doc/doc.h"
#include "i18n/i18n.h"
#include "model/model.h"

namespace fd::programme_testing {

inline const std::string kSourceDir = FORMADOC_SOURCE_DIR;
inline const std::string kLocales = kSourceDir + "/locales";

// One Localizer per language for the whole test run (loading every catalogue takes a while).
inline const i18n::Localizer& localizer(const std::string& lang) {
    static std::map<std::string, std::unique_ptr<i18n::Localizer>> cache;
    auto& slot = cache[lang];
    if (!slot) slot = std::make_unique<i18n::Localizer>(kLocales, lang);
    return *slot;
}

// Pins SOURCE_DATE_EPOCH (so fd::buildDate()) for one test and restores it afterwards.
class PinnedBuildDate {
public:
    explicit PinnedBuildDate(const std::string& isoDate) {
        if (const char* old = std::getenv("SOURCE_DATE_EPOCH")) previous_ = old;
        const Date date = *Date::parseIso(isoDate);
        ::setenv("SOURCE_DATE_EPOCH", std::to_string(date.daysSinceEpoch() * 86400).c_str(), 1);
    }
    ~PinnedBuildDate() {
        if (previous_) ::setenv("SOURCE_DATE_EPOCH", previous_->c_str(), 1);
        else ::unsetenv("SOURCE_DATE_EPOCH");
    }
    PinnedBuildDate(const PinnedBuildDate&) = delete;
    PinnedBuildDate& operator=(const PinnedBuildDate&) = delete;

private:
    std::optional<std::string> previous_;
};

// A fresh directory, removed with its content at scope exit.
class ScratchDir {
public:
    ScratchDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "formadoc-programme-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    std::string path() const { return path_.string(); }
    std::string write(const std::string& relative, const std::string& content) const {
        const std::filesystem::path file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file.string();
    }

private:
    std::filesystem::path path_;
};

inline Date date(const char* iso) { return *Date::parseIso(iso); }

inline LocalizedText text(std::map<std::string, std::string> byLang) { return LocalizedText{std::move(byLang)}; }

inline Contact contact(std::string name, std::string email, std::string phone) {
    Contact c;
    c.name = std::move(name);
    c.email = std::move(email);
    c.phone = std::move(phone);
    return c;
}

// A French training organisation and one 21-hour, three-module, face-to-face course. Every
// text exists in fr and en; a few have no pt version, to exercise the fallback warnings.
inline Workspace frenchWorkspace() {
    Workspace ws;
    Organisation& o = ws.organisation;
    o.loc.file = "organisation.xml";
    o.loc.line = 2;
    o.jurisdiction = Jurisdiction::FR;
    o.legalName = "Atelier Compétences Rhône SARL";
    o.tradeName = "Atelier Compétences";
    o.legalForm = "SARL au capital de 20 000 €";
    o.address = Address{"12 rue de la République", "69002", "Lyon", "FR"};
    o.phone = "+33 4 78 92 10 10";
    o.email = "contact@atelier-competences.fr";
    o.website = "https://www.atelier-competences.fr";
    o.siret = "36252187900034";
    o.nda = "84691234569";
    o.ndaRegion = "Auvergne-Rhône-Alpes";
    o.rcsCity = "Lyon";
    QualiopiCertification qualiopi;
    qualiopi.number = "QUA-2024-0187";
    qualiopi.certifier = "AFNOR Certification";
    qualiopi.categories = {"actions-formation"};
    qualiopi.validFrom = date("2024-03-01");
    qualiopi.validUntil = date("2027-02-28");
    o.qualiopi = qualiopi;
    o.vatRegime = VatRegime::ExemptTraining;
    o.legalRepresentative.name = "Claire Vasseur";
    o.legalRepresentative.capacity = text({{"fr", "Gérante"}, {"en", "Managing director"}, {"pt", "Gerente"}});
    o.disabilityReferent = contact("Malik Benhamou", "handicap@atelier-competences.fr", "+33 4 78 92 10 14");
    o.pedagogicalContact = contact("Sophie Garnier", "pedagogie@atelier-competences.fr", "+33 4 78 92 10 12");
    o.administrativeContact = contact("Julien Morel", "contact@atelier-competences.fr", "+33 4 78 92 10 10");
    o.languages = {"fr", "en", "pt"};
    o.policies.refundPolicy = text({{"fr", "Remboursement intégral en cas d’annulation plus de 15 jours avant le début."},
                                    {"en", "Full refund when cancelled more than 15 days before the start."},
                                    {"pt", "Reembolso total em caso de desistência mais de 15 dias antes do início."}});

    Course c;
    c.loc.file = "courses.xml";
    c.loc.line = 3;
    c.id = "MGT-ENT";
    c.version = "4";
    c.lastUpdate = date("2026-09-15");
    c.title = text({{"fr", "Manager une équipe au quotidien"}, {"en", "Managing a team day to day"}});
    c.domain = text({{"fr", "Management"}, {"en", "Management"}, {"pt", "Gestão"}});
    c.audience = text({{"fr", "Managers de proximité et chefs d’équipe"}, {"en", "First-line managers and team leaders"}});
    c.noPrerequisites = true;
    c.objectives = {text({{"fr", "Conduire un entretien individuel"}, {"en", "Conduct a one-to-one meeting"}, {"pt", "Conduzir uma entrevista individual"}}),
                    text({{"fr", "Fixer des objectifs SMART"}, {"en", "Set SMART objectives"}, {"pt", "Definir objetivos SMART"}})};
    c.professionalObjective = text({{"fr", "Animer une équipe de proximité"}, {"en", "Lead a front-line team"}, {"pt", "Liderar uma equipa"}});
    const char* moduleTitles[][3] = {{"Le rôle du manager", "The manager’s role", "O papel do gestor"},
                                     {"Communiquer et motiver", "Communicating and motivating", "Comunicar e motivar"},
                                     {"Gérer les situations difficiles", "Handling difficult situations", "Gerir situações difíceis"}};
    for (int i = 0; i < 3; ++i) {
        Module m;
        m.loc.file = "courses.xml";
        m.loc.line = 20 + 4 * i;
        m.title = text({{"fr", moduleTitles[i][0]}, {"en", moduleTitles[i][1]}, {"pt", moduleTitles[i][2]}});
        m.hours = Hours{700};
        m.content = text({{"fr", "Apports et mises en situation."}, {"en", "Input and role plays."}, {"pt", "Exposição e simulações."}});
        c.modules.push_back(m);
    }
    c.totalHours = Hours{2100};
    c.deliveryMode = DeliveryMode::Presential;
    c.nature = ActionNature::Training;
    c.methods = text({{"fr", "Méthode active et participative"}, {"en", "Active, participative methods"}, {"pt", "Métodos ativos"}});
    c.means = text({{"fr", "Salle équipée, vidéoprojecteur"}, {"en", "Equipped room, projector"}, {"pt", "Sala equipada"}});
    c.assessment = text({{"fr", "Quiz de positionnement et évaluation finale"}, {"en", "Entry quiz and final assessment"}, {"pt", "Avaliação final"}});
    c.followUpMeans = text({{"fr", "Feuilles d’émargement par demi-journée"}, {"en", "Attendance sheets per half-day"}, {"pt", "Folhas de presença"}});
    c.distanceSupport = text({{"fr", "Assistance technique par courriel sous 24 h"}, {"en", "Technical support by e-mail within 24 h"}, {"pt", "Apoio técnico por email"}});
    c.workBasedDetails = text({{"fr", "Tuteur désigné, phases réflexives"}, {"en", "Named tutor, reflective phases"}, {"pt", "Tutor designado"}});
    c.accessibility = text({{"fr", "Locaux accessibles ; adaptations sur demande"}, {"en", "Accessible premises; adaptations on request"}, {"pt", "Instalações acessíveis"}});
    c.accessModalities = text({{"fr", "Inscription par courriel, entretien préalable"}, {"en", "Enrolment by e-mail, prior interview"}, {"pt", "Inscrição por email"}});
    c.accessDeadline = text({{"fr", "15 jours ouvrés"}, {"en", "15 working days"}, {"pt", "15 dias úteis"}});
    c.accessDeadlineDays = 15;
    Price price;
    price.amount = 129000;
    price.basis = PriceBasis::PerPerson;
    price.label = text({{"fr", "Inter-entreprises"}, {"en", "Open course"}, {"pt", "Interempresas"}});
    c.prices.push_back(price);
    c.trainerProfile = text({{"fr", "Consultante en management, 15 ans d’expérience"}, {"en", "Management consultant, 15 years’ experience"}, {"pt", "Consultora"}});
    c.locations = {text({{"fr", "Lyon"}, {"en", "Lyon"}, {"pt", "Lyon"}})};
    c.schedule = text({{"fr", "9 h – 12 h 30, 13 h 30 – 17 h"}, {"en", "9 am – 12.30 pm, 1.30 pm – 5 pm"}, {"pt", "9h – 17h"}});
    c.groupMin = 4;
    c.groupMax = 12;
    c.sanction = text({{"fr", "Certificat de réalisation"}, {"en", "Certificate of completion"}, {"pt", "Certificado de conclusão"}});
    ws.courses.push_back(c);

    Session past, next;
    past.id = "S-2026-01";
    past.courseId = "MGT-ENT";
    past.start = date("2026-03-09");
    past.end = date("2026-03-11");
    past.place = "Lyon 2e";
    next.id = "S-2027-01";
    next.courseId = "MGT-ENT";
    next.start = date("2027-01-18");
    next.end = date("2027-01-20");
    next.place = "Lyon 7e";
    ws.sessions = {next, past};
    return ws;
}

// A Portuguese training entity certified by DGERT for area 341, with the same course in area 341.
inline Workspace portugueseWorkspace() {
    Workspace ws = frenchWorkspace();
    Organisation& o = ws.organisation;
    o.jurisdiction = Jurisdiction::PT;
    o.legalName = "Centro de Formação Tejo, Lda.";
    o.tradeName = "Formação Tejo";
    o.legalForm = "Sociedade por quotas";
    o.address = Address{"Rua Augusta 100", "1100-053", "Lisboa", "PT"};
    o.siret.clear();
    o.nda.clear();
    o.ndaRegion.clear();
    o.rcsCity.clear();
    o.qualiopi.reset();
    o.nif = "507104560";
    DgertCertification dgert;
    dgert.number = "2456/2019";
    dgert.validFrom = date("2019-06-12");
    dgert.areas = {"341", "345"};
    o.dgert = dgert;
    o.vatRegime = VatRegime::ExemptArt9PT;
    o.languages = {"pt", "en"};
    Course& c = ws.courses.front();
    c.cnaef = "341";
    c.trainingType = text({{"pt", "Formação contínua"}, {"en", "Continuing training"}, {"fr", "Formation continue"}});
    c.title.byLang["pt"] = "Gerir uma equipa no dia a dia";
    c.audience.byLang["pt"] = "Chefias intermédias";
    return ws;
}

// ---- Walking a document -------------------------------------------------------------------

inline std::string plain(const doc::Inlines& inlines) {
    std::string s;
    for (const auto& run : inlines) s += run.text;
    return s;
}

// Calls `visit` on every block, descending into notices and keep-together groups.
inline void forEachBlock(const std::vector<doc::Block>& blocks, const std::function<void(const doc::Block&)>& visit) {
    for (const auto& block : blocks) {
        visit(block);
        if (const auto* notice = std::get_if<std::shared_ptr<doc::Notice>>(&block)) forEachBlock((*notice)->blocks, visit);
        if (const auto* group = std::get_if<std::shared_ptr<doc::KeepTogether>>(&block)) forEachBlock((*group)->blocks, visit);
    }
}

// Every text of the body, one block, row or item per line.
inline std::string allText(const std::vector<doc::Block>& blocks) {
    std::string out;
    forEachBlock(blocks, [&out](const doc::Block& block) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) out += plain(h->text) + '\n';
        if (const auto* p = std::get_if<doc::Paragraph>(&block)) out += plain(p->text) + '\n';
        if (const auto* l = std::get_if<doc::List>(&block))
            for (const auto& item : l->items) out += plain(item) + '\n';
        if (const auto* kv = std::get_if<doc::KeyValueTable>(&block))
            for (const auto& [key, value] : kv->rows) out += plain(key) + " | " + plain(value) + '\n';
        if (const auto* t = std::get_if<doc::Table>(&block)) {
            for (const auto& column : t->columns) out += plain(column.header) + " | ";
            out += '\n';
            for (const auto& row : t->rows) {
                for (const auto& cell : row) out += plain(cell) + " | ";
                out += '\n';
            }
            for (const auto& cell : t->footer) out += plain(cell) + " | ";
            out += '\n';
        }
        if (const auto* c = std::get_if<doc::Checkboxes>(&block))
            for (const auto& [label, checked] : c->items) out += (checked ? "[x] " : "[ ] ") + plain(label) + '\n';
    });
    return out;
}

// The anchors of every heading: a template section's id is the anchor of its first heading.
inline std::vector<std::string> headingAnchors(const std::vector<doc::Block>& blocks) {
    std::vector<std::string> anchors;
    forEachBlock(blocks, [&anchors](const doc::Block& block) {
        if (const auto* h = std::get_if<doc::Heading>(&block))
            if (!h->anchor.empty()) anchors.push_back(h->anchor);
    });
    return anchors;
}

}  // namespace fd::programme_testing
