// The images of one PDF document: one image XObject per file, however many times it is drawn
// (a logo on every page is stored once), copied already encoded from the per-thread cache.
#pragma once

#include <podofo/podofo.h>

#include <map>
#include <memory>
#include <string>

namespace fd::pdf {

class DocumentImages {
public:
    explicit DocumentImages(PoDoFo::PdfDocument& document) : document_(document) {}

    // The image stored from `path`, added to the document on first use.
    // Throws OutputError for a missing, unreadable or unsupported file.
    PoDoFo::PdfImage& image(const std::string& path);

private:
    PoDoFo::PdfDocument& document_;
    std::map<std::string, std::unique_ptr<PoDoFo::PdfImage>> images_;
};

}  // namespace fd::pdf
