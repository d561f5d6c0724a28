#include "bundle/zip_bundle.h"

#include <zip.h>

#include <algorithm>
#include <ctime>
#include <memory>

#include "util/atomic_file.h"

namespace fd::bundle {
namespace {

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }   // only when not closed
};

std::string archiveError(zip_t* archive) { return zip_strerror(archive); }

// libzip converts a time to DOS fields with localtime(): hand it the time whose local calendar
// fields are the UTC fields of `unixTime`, so the archive does not depend on the time zone.
time_t asLocalFields(int64_t unixTime) {
    const time_t t = static_cast<time_t>(unixTime);
    struct tm utc {};
    gmtime_r(&t, &utc);
    utc.tm_isdst = -1;
    return mktime(&utc);
}

constexpr zip_uint32_t kRegularFileReadableByAll = 0100644;

void addEntry(zip_t* archive, const ZipEntry& entry, time_t modified) {
    zip_source_t* source = zip_source_file(archive, entry.path.c_str(), 0, -1);   // -1: to the end
    if (!source) throw OutputError("cannot read " + entry.path + ": " + archiveError(archive));
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        throw OutputError("cannot add " + entry.name + " to the archive: " + archiveError(archive));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_mtime(archive, i, modified, 0) != 0 ||
        zip_file_set_external_attributes(archive, i, 0, ZIP_OPSYS_UNIX, kRegularFileReadableByAll << 16) != 0)
        throw OutputError("cannot describe " + entry.name + " in the archive: " + archiveError(archive));
}

}  // namespace

void writeZip(std::vector<ZipEntry> entries, int64_t modifiedUnix, const std::string& output) {
    std::sort(entries.begin(), entries.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.name < b.name; });
    for (size_t i = 1; i < entries.size(); ++i)
        if (entries[i].name == entries[i - 1].name)
            throw OutputError("two files named " + entries[i].name + " for " + output);

    AtomicPath file(output);
    int error = 0;
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open(file.tempPath().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_error_t detail;
        zip_error_init_with_code(&detail, error);
        const std::string reason = zip_error_strerror(&detail);
        zip_error_fini(&detail);
        throw OutputError("cannot create " + output + ": " + reason);
    }
    const time_t modified = asLocalFields(modifiedUnix);
    for (const ZipEntry& entry : entries) addEntry(archive.get(), entry, modified);
    // zip_close reads the sources and writes the archive; on success the handle is gone.
    if (zip_close(archive.get()) != 0) throw OutputError("cannot write " + output + ": " + archiveError(archive.get()));
    archive.release();
    file.commit();
}

}  // namespace fd::bundle
