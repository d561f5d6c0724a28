#include "readers/workspace_reader.h"

#include "model/clock.h"
#include "model/validate.h"
#include "readers/courses_reader.h"
#include "readers/csv.h"
#include "readers/enum_names.h"
#include "readers/file_io.h"
#include "readers/organisation_reader.h"
#include "readers/sessions_reader.h"
#include "readers/trainees_reader.h"

namespace fd {

namespace {

using namespace readers;

const char* const organisationFile = "organisation.xml";
const char* const coursesFile = "courses.xml";
const char* const sessionsFile = "sessions.csv";
const char* const traineesFile = "trainees.csv";

// A CSV file of the workspace, nullopt when absent (it is optional: `absent` is then set) or
// unusable (reported).
std::optional<CsvTable> readCsvFile(const std::string& dir, const char* name, const CsvOptions& options,
                                    Diagnostics& diagnostics, bool& absent) {
    const std::string path = joinPath(dir, name);
    absent = !fileExists(path);
    if (absent) return std::nullopt;
    const auto bytes = readFileBytes(path);
    if (!bytes) {
        diagnostics.error(name, 0, "", "diag.file.unreadable", {{"file", name}});
        return std::nullopt;
    }
    return parseCsv(*bytes, name, options, diagnostics);
}

// The XML files are required; a missing one is reported here rather than as "unreadable".
bool requireFile(const std::string& dir, const char* name, Diagnostics& diagnostics) {
    if (fileExists(joinPath(dir, name))) return true;
    diagnostics.error(name, 0, "", "diag.file.missing", {{"file", name}});
    return false;
}

}  // namespace

std::optional<Workspace> readWorkspace(const std::string& dir, const ReadOptions& options, Diagnostics& diagnostics) {
    Diagnostics found;
    Workspace ws;
    ws.root = dir;

    CsvOptions csvOptions;
    bool csvReadable = true;
    if (!options.encoding.empty()) {
        csvOptions.encoding = encodingFromName(options.encoding);
        if (!csvOptions.encoding) {
            found.error("", 0, "encoding", "diag.encoding.unknown",
                        {{"value", options.encoding}, {"allowed", "utf-8, windows-1252, iso-8859-1"}});
            csvReadable = false;
        }
    }

    // Every file is read even after a failure elsewhere, so that one run reports all problems.
    bool organisationRead = false;
    if (requireFile(dir, organisationFile, found)) {
        if (auto org = readOrganisationFile(joinPath(dir, organisationFile), organisationFile, found)) {
            ws.organisation = std::move(*org);
            organisationRead = true;
        }
    }
    // Without the organisation the main language is unknown: texts are then not checked for it.
    const std::string mainLanguage = organisationRead ? ws.organisation.mainLanguage() : std::string();
    ValidationScope scope;
    scope.organisation = organisationRead;
    scope.courses = false;
    if (requireFile(dir, coursesFile, found)) {
        if (auto courses = readCoursesFile(joinPath(dir, coursesFile), coursesFile, mainLanguage, found)) {
            ws.courses = std::move(*courses);
            scope.courses = true;
        }
    }
    // An absent sessions.csv means no sessions yet; an unusable one leaves them unknown.
    scope.sessions = false;
    if (csvReadable) {
        bool absent = false;
        std::optional<std::vector<Session>> sessions;
        if (auto table = readCsvFile(dir, sessionsFile, csvOptions, found, absent))
            sessions = readSessions(*table, found);
        scope.sessions = sessions || absent;
        if (sessions) ws.sessions = std::move(*sessions);
        if (auto table = readCsvFile(dir, traineesFile, csvOptions, found, absent)) {
            if (auto trainees = readTrainees(*table, found)) ws.trainees = std::move(*trainees);
        }
    }

    if (!ws.organisation.logoFile.empty() && !fileExists(joinPath(dir, ws.organisation.logoFile)))
        found.error(organisationFile, ws.organisation.loc.lineOf("branding"), "branding.logo", "diag.file.logo_missing",
                    {{"file", ws.organisation.logoFile}});

    validateWorkspace(ws, buildDate(), found, scope);
    found.sort();
    diagnostics.append(found);
    if (found.hasErrors()) return std::nullopt;
    return ws;
}

}  // namespace fd
