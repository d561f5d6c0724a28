// One PDF made of the pages of several PDF files, for printing a whole batch at once.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fd::pdf {

struct MergeInput {
    std::string path;       // a PDF file (e.g. written by writePdf, signed or not)
    std::string bookmark;   // UTF-8 title of the outline entry pointing at its first page
};

struct MergeOptions {
    std::string title;      // the merged document's /Title (UTF-8); may be empty
    std::string language;   // BCP 47 tag for /Lang; may be empty
    int64_t createdUnix = 0;   // CreationDate / ModDate, for reproducible bytes
};

// Writes the pages of every input, in order, to `output` atomically, with one outline entry per
// input. Objects that are byte for byte the same in several inputs (a logo, its soft mask, a font
// program whose subset happens to match) are stored once. Signature fields are dropped: a
// signature covers the bytes of its own file and would be reported broken in the merged one.
// Each input's page objects must hold their own /MediaBox and /Resources (writePdf writes them
// so). Throws OutputError (unreadable input, I/O failure) and std::invalid_argument (no input).
void mergePdfFiles(const std::vector<MergeInput>& inputs, const MergeOptions& options, const std::string& output);

}  // namespace fd::pdf
