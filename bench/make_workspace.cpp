#include "bench/make_workspace.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "readers/file_io.h"
#include "util/atomic_file.h"

namespace fd::bench {
namespace {

namespace fs = std::filesystem;

// One text in each language of the samples.
struct Words {
    const char* fr;
    const char* en;
    const char* pt;
    const char* in(const std::string& lang) const { return lang == "fr" ? fr : lang == "pt" ? pt : en; }
};

const std::array<Words, 12> kDomains = {{
    {"Achats et logistique", "Purchasing and logistics", "Compras e logística"},
    {"Bâtiment et éco-construction", "Construction and eco-building", "Construção e ecoconstrução"},
    {"Communication et médias", "Communication and media", "Comunicação e media"},
    {"Comptabilité et gestion", "Accounting and management", "Contabilidade e gestão"},
    {"Développement personnel", "Personal development", "Desenvolvimento pessoal"},
    {"Énergie et environnement", "Energy and environment", "Energia e ambiente"},
    {"Hôtellerie et restauration", "Hospitality and catering", "Hotelaria e restauração"},
    {"Informatique et numérique", "IT and digital", "Informática e digital"},
    {"Langues étrangères", "Foreign languages", "Línguas estrangeiras"},
    {"Œnologie et métiers du vin", "Oenology and wine trades", "Enologia e profissões do vinho"},
    {"Qualité, hygiène, sécurité", "Quality, health and safety", "Qualidade, higiene e segurança"},
    {"Santé et action sociale", "Health and social care", "Saúde e ação social"},
}};

const std::array<Words, 5> kLevels = {{
    {"Initiation", "Introduction", "Iniciação"},
    {"Perfectionnement", "Advanced", "Aperfeiçoamento"},
    {"Expertise", "Expert level", "Especialização"},
    {"Atelier pratique", "Hands-on workshop", "Oficina prática"},
    {"Parcours intensif", "Intensive course", "Percurso intensivo"},
}};

const std::array<Words, 10> kSectors = {{
    {"secteur de la santé", "healthcare sector", "setor da saúde"},
    {"bâtiment et travaux publics", "construction sector", "construção e obras públicas"},
    {"hôtellerie-restauration", "hospitality sector", "hotelaria e restauração"},
    {"commerce de détail", "retail sector", "comércio a retalho"},
    {"industrie agroalimentaire", "food industry", "indústria agroalimentar"},
    {"services à la personne", "home care services", "serviços de apoio ao domicílio"},
    {"économie sociale et solidaire", "social economy", "economia social e solidária"},
    {"collectivités territoriales", "local authorities", "autarquias locais"},
    {"transport et logistique", "transport and logistics", "transportes e logística"},
    {"énergies renouvelables", "renewable energy", "energias renováveis"},
}};

constexpr const char* kNarrowNoBreakSpace = "\u202F";

std::string readText(const std::string& path) {
    const std::optional<std::string> bytes = readers::readFileBytes(path);
    if (!bytes) throw std::runtime_error("cannot read " + path);
    return *bytes;
}

// Replaces every <text xml:lang="…"> of `element` by `make(lang, current text)`.
template <class Make>
void rewriteTexts(pugi::xml_node element, Make&& make) {
    for (pugi::xml_node text : element.children("text")) {
        const std::string lang = text.attribute("xml:lang").value();
        text.text().set(make(lang, std::string(text.text().get())).c_str());
    }
}

std::string title(const std::string& original, const std::string& lang, size_t i) {
    const Words& level = kLevels[i % kLevels.size()];
    const Words& sector = kSectors[(i / kLevels.size()) % kSectors.size()];
    const std::string colon = lang == "fr" ? std::string(kNarrowNoBreakSpace) + ": " : ": ";
    return std::string(level.in(lang)) + colon + original + " – " + sector.in(lang);
}

// Hours as courses.xml writes them: "3.5", "14".
std::string hoursText(int64_t hundredths) {
    char buffer[32];
    if (hundredths % 100 == 0) std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(hundredths / 100));
    else std::snprintf(buffer, sizeof buffer, "%.2f", static_cast<double>(hundredths) / 100.0);
    return buffer;
}

int64_t hundredths(const char* text) {
    const std::optional<Hours> h = Hours::parse(text);
    return h ? h->hundredths : 0;
}

// Half, all or one and a half times the original modules (at least one), repeating them in order.
void varyModules(pugi::xml_node course, size_t i) {
    pugi::xml_node modules = course.child("modules");
    std::vector<pugi::xml_node> originals;
    for (pugi::xml_node m : modules.children("module")) originals.push_back(m);
    if (originals.empty()) return;
    const size_t n = originals.size();
    const size_t wanted = std::max<size_t>(1, i % 3 == 0 ? n / 2 : i % 3 == 1 ? n : n + n / 2);
    for (size_t k = n; k < wanted; ++k) modules.append_copy(originals[k % n]);
    for (size_t k = wanted; k < n; ++k) modules.remove_child(originals[k]);
    int64_t total = 0;
    for (pugi::xml_node m : modules.children("module")) total += hundredths(m.attribute("hours").value());
    course.attribute("hours").set_value(hoursText(total).c_str());
}

std::string csvField(const std::string& value) {
    if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

}  // namespace

void writeCatalogueWorkspace(const std::string& sampleDir, const std::string& dir, size_t courses, const Date& from) {
    ensureDirectory(dir);
    for (const char* file : {"organisation.xml", "trainees.csv", "logo.png"})
        if (fs::exists(fs::path(sampleDir) / file))
            fs::copy_file(fs::path(sampleDir) / file, fs::path(dir) / file, fs::copy_options::overwrite_existing);

    pugi::xml_document doc;
    const std::string source = readText(sampleDir + "/courses.xml");
    if (!doc.load_buffer(source.data(), source.size(), pugi::parse_default | pugi::parse_comments))
        throw std::runtime_error("cannot parse " + sampleDir + "/courses.xml");
    pugi::xml_node root = doc.child("courses");
    std::vector<pugi::xml_node> samples;
    for (pugi::xml_node c : root.children("course")) samples.push_back(c);
    if (samples.empty()) throw std::runtime_error("no course in " + sampleDir + "/courses.xml");

    std::string sessions = readText(sampleDir + "/sessions.csv");
    if (!sessions.empty() && sessions.back() != '\n') sessions += '\n';
    for (size_t i = samples.size(); i < courses; ++i) {
        pugi::xml_node course = root.append_copy(samples[i % samples.size()]);
        char id[32];
        std::snprintf(id, sizeof id, "CAT-%05zu", i + 1);
        course.attribute("id").set_value(id);
        rewriteTexts(course.child("title"),
                     [&](const std::string& lang, const std::string& original) { return title(original, lang, i); });
        const Words& domain = kDomains[(i * 7) % kDomains.size()];
        rewriteTexts(course.child("domain"),
                     [&](const std::string& lang, const std::string&) { return std::string(domain.in(lang)); });
        varyModules(course, i);

        const std::string courseId = id;
        for (size_t k = 0; k < i % 3; ++k) {
            const Date start = Date::fromDaysSinceEpoch(from.daysSinceEpoch() + 1 + static_cast<int64_t>((i * 11 + k * 97) % 360));
            const Date end = Date::fromDaysSinceEpoch(start.daysSinceEpoch() + 1 + static_cast<int64_t>(i % 4));
            sessions += courseId + "-" + std::to_string(k + 1) + "," + courseId + "," + start.iso() + "," + end.iso() +
                        "," + csvField("Centre de formation, 3 boulevard Vincent Gâche, 44200 Nantes") + ",Élodie Marçal,\n";
        }
    }
    std::ostringstream xml;
    doc.save(xml, "  ", pugi::format_default, pugi::encoding_utf8);
    writeFileAtomically(dir + "/courses.xml", xml.str());
    writeFileAtomically(dir + "/sessions.csv", sessions);
}

}  // namespace fd::bench
