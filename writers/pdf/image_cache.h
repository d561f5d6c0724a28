// Images decoded and compressed once per thread: PoDoFo re-decodes and re-deflates a PNG for
// every document it goes into, which for a 400×150 logo was more than half the CPU time of a
// one-page certificate. Each image is kept as an object in a private document, ready to copy.
#pragma once

#include <podofo/podofo.h>

#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <sys/types.h>

#include "writers/pdf/serialised_objects.h"

namespace fd::pdf {

struct StoredImage {
    const PoDoFo::PdfObject* object;       // the image XObject, with /SMask etc. as references
    const PoDoFo::PdfVecObjects* objects;  // where those references resolve
    SerialisedGraph* serialised;           // the same objects as text, for the direct writer
};

class ImageCache {
public:
    // One per thread: nothing here is shared across threads.
    static ImageCache& forThisThread();

    // The image stored from the file at `path`, loaded again when the file's size or
    // modification time changed. PNG (alpha → soft mask) and JPEG (copied through, DCTDecode)
    // are recognised by content, not by file name (PoDoFo's LoadFromFile does not know
    // ".jpeg"). Throws OutputError for a missing, unreadable or unsupported file.
    StoredImage image(const std::string& path);

private:
    ImageCache() = default;
    struct FileStamp {
        off_t size = 0;
        timespec modified{};
        bool operator==(const FileStamp& other) const;
    };
    struct Entry {
        FileStamp stamp;
        std::unique_ptr<PoDoFo::PdfMemDocument> holder;
        PoDoFo::PdfObject* object = nullptr;
        std::unique_ptr<SerialisedGraph> serialised;
    };
    static FileStamp stampOf(const std::string& path);
    std::map<std::string, Entry> entries_;
};

}  // namespace fd::pdf
