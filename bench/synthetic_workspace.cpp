#include "bench/synthetic_workspace.h"

#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <vector>

#include "readers/csv.h"
#include "readers/file_io.h"
#include "util/atomic_file.h"

namespace fd::bench {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kGivenNames = {"Éloïse", "João", "Zoë", "François", "Maria da Conceição", "Anaïs",
                                              "Nuno", "Hélène", "Loïc", "Inês", "Björn", "Cécile", "Tomás", "Noémie"};
const std::vector<std::string> kFamilyNames = {"Martin", "Gonçalves", "Lefèvre-Œuvray", "N'Diaye", "Araújo",
                                               "Brontë-Smith", "Le Guen", "Assunção", "Dupré", "Marçal", "Gião",
                                               "Müller", "Ñúñez", "Øvergaard", "Castel"};

// One field as RFC 4180 wants it: quoted when it holds the separator, a quote or a line break.
std::string csvField(const std::string& value, char separator) {
    if (value.find_first_of(std::string(1, separator) + "\"\n\r") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csvLine(const std::vector<std::string>& fields, char separator) {
    std::string line;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line += separator;
        line += csvField(fields[i], separator);
    }
    return line + "\n";
}

readers::CsvTable readTable(const std::string& path) {
    const std::optional<std::string> bytes = readers::readFileBytes(path);
    if (!bytes) throw std::runtime_error("cannot read " + path);
    Diagnostics diagnostics;
    std::optional<readers::CsvTable> table = readers::parseCsv(*bytes, path, {}, diagnostics);
    if (!table || diagnostics.hasErrors()) throw std::runtime_error("cannot parse " + path);
    return std::move(*table);
}

// The end date of each session of the sample.
std::map<std::string, Date> sessionEnds(const std::string& sampleDir) {
    const readers::CsvTable sessions = readTable(sampleDir + "/sessions.csv");
    std::map<std::string, Date> ends;
    for (const readers::CsvRecord& record : sessions.records)
        if (std::optional<Date> end = Date::parseIso(sessions.value(record, "end")))
            ends[sessions.value(record, "id")] = *end;
    return ends;
}

}  // namespace

void writeSyntheticWorkspace(const std::string& sampleDir, const std::string& dir, size_t trainees, const Date& ended) {
    ensureDirectory(dir);
    for (const char* file : {"organisation.xml", "courses.xml", "sessions.csv", "logo.png"})
        if (fs::exists(fs::path(sampleDir) / file))
            fs::copy_file(fs::path(sampleDir) / file, fs::path(dir) / file, fs::copy_options::overwrite_existing);

    const std::map<std::string, Date> ends = sessionEnds(sampleDir);
    const readers::CsvTable sample = readTable(sampleDir + "/trainees.csv");
    std::vector<const readers::CsvRecord*> models;
    for (const readers::CsvRecord& record : sample.records) {
        auto end = ends.find(sample.value(record, "session"));
        if (end != ends.end() && end->second <= ended) models.push_back(&record);
    }
    if (models.empty()) throw std::runtime_error("no trainee of " + sampleDir + " ended by " + ended.iso());

    const size_t id = *sample.column("id"), family = *sample.column("family_name"),
                 given = *sample.column("given_names");
    std::string csv = csvLine(sample.header, sample.separator);
    for (size_t i = 0; i < trainees; ++i) {
        std::vector<std::string> fields = models[i % models.size()]->fields;
        char number[32];
        std::snprintf(number, sizeof number, "SYN-%06zu", i + 1);
        fields[id] = number;
        fields[family] = kFamilyNames[i % kFamilyNames.size()];
        fields[given] = kGivenNames[(i / kFamilyNames.size()) % kGivenNames.size()];
        csv += csvLine(fields, sample.separator);
    }
    writeFileAtomically(dir + "/trainees.csv", csv);
}

}  // namespace fd::bench
