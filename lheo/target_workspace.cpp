#include "lheo/target_workspace.h"

#include "readers/courses_reader.h"
#include "readers/csv.h"
#include "readers/file_io.h"
#include "readers/organisation_reader.h"
#include "readers/text_encoding.h"

namespace fd::lheo {

namespace {

using readers::fileExists;
using readers::joinPath;

// The file's bytes when it exists; `failed` set (and reported) when it exists but cannot be read.
std::optional<std::string> existingBytes(const std::string& dir, const char* name, Diagnostics& diagnostics,
                                         bool& failed) {
    const std::string path = joinPath(dir, name);
    if (!fileExists(path)) return std::nullopt;
    auto bytes = readers::readFileBytes(path);
    if (!bytes) {
        diagnostics.error(name, 0, "", "diag.file.unreadable", {{"file", name}});
        failed = true;
    }
    return bytes;
}

void mergeImpossible(const char* name, Diagnostics& problems, Diagnostics& diagnostics) {
    for (const Diagnostic& d : problems.items())
        if (d.severity == Severity::Error) diagnostics.add(d);
    diagnostics.error(name, 0, "", "lheo.merge.unreadable", {{"file", name}});
}

}  // namespace

std::optional<TargetWorkspace> readTargetWorkspace(const std::string& dir, Diagnostics& diagnostics) {
    TargetWorkspace target;
    target.dir = dir;
    bool failed = false;

    const std::string organisationPath = joinPath(dir, "organisation.xml");
    target.hasOrganisationFile = fileExists(organisationPath);
    if (target.hasOrganisationFile) {
        Diagnostics ignored;   // the organisation is not changed: its problems are `check`'s to report
        target.organisation = readers::readOrganisationFile(organisationPath, "organisation.xml", ignored);
        if (target.organisation) target.mainLanguage = target.organisation->mainLanguage();
    }

    target.coursesXml = existingBytes(dir, "courses.xml", diagnostics, failed);
    if (target.coursesXml) {
        Diagnostics problems;
        readers::XmlFile file("courses.xml");
        const auto courses = file.parse(*target.coursesXml, problems)
                                 ? readers::readCourses(file, target.mainLanguage, problems)
                                 : std::nullopt;
        if (!courses) {
            mergeImpossible("courses.xml", problems, diagnostics);
            failed = true;
        } else {
            for (const Course& c : *courses) target.courseIds.insert(c.id);
        }
    }

    target.sessionsCsv = existingBytes(dir, "sessions.csv", diagnostics, failed);
    if (target.sessionsCsv) {
        Diagnostics problems;
        const std::string text =
            readers::decodeToUtf8(*target.sessionsCsv, readers::detectEncoding(*target.sessionsCsv)).utf8;
        const auto table = readers::parseCsv(text, "sessions.csv", {}, problems);
        if (!table || !table->column("id")) {
            mergeImpossible("sessions.csv", problems, diagnostics);
            failed = true;
        } else {
            for (const readers::CsvRecord& record : table->records) target.sessionIds.insert(table->value(record, "id"));
        }
    }
    if (failed) return std::nullopt;
    return target;
}

}  // namespace fd::lheo
