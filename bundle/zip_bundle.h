// A ZIP archive of files already written, reproducible: the same files give the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fd::bundle {

struct ZipEntry {
    std::string name;   // the name inside the archive (UTF-8, '/' between folders)
    std::string path;   // the file whose content it holds
};

// Writes `output` atomically with the entries sorted by name, each stamped `modifiedUnix` (the
// DOS date and time fields hold its UTC calendar fields, whatever the host's time zone) and
// marked as an ordinary file readable by all (0644). Contents are stored, not deflated: PDF
// streams are compressed already, so deflating again would cost time for a few percent.
// Throws OutputError (unreadable input, duplicate name, I/O failure).
void writeZip(std::vector<ZipEntry> entries, int64_t modifiedUnix, const std::string& output);

}  // namespace fd::bundle
