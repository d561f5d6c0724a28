#include "writers/pdf/image_cache.h"

#include <sys/stat.h>

#include <fstream>
#include <iterator>

#include "util/atomic_file.h"
#include "writers/pdf/pdf_syntax.h"

namespace fd::pdf {
namespace {

bool startsWith(const std::string& bytes, const std::string& signature) {
    return bytes.compare(0, signature.size(), signature) == 0;
}

void load(PoDoFo::PdfImage& image, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.is_open() || bytes.empty()) throw OutputError("PDF writer: cannot read image " + path);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto size = static_cast<PoDoFo::pdf_long>(bytes.size());
    try {
        if (startsWith(bytes, "\x89PNG\r\n\x1A\n"))
            image.LoadFromPngData(data, size);
        else if (startsWith(bytes, "\xFF\xD8\xFF"))
            image.LoadFromJpegData(data, size);
        else
            throw OutputError("PDF writer: not a PNG or JPEG image: " + path);
    } catch (const PoDoFo::PdfError& error) {
        rethrowPdfError(error, "cannot load image " + path);
    }
}

}  // namespace

bool ImageCache::FileStamp::operator==(const FileStamp& other) const {
    return size == other.size && modified.tv_sec == other.modified.tv_sec &&
           modified.tv_nsec == other.modified.tv_nsec;
}

ImageCache& ImageCache::forThisThread() {
    thread_local ImageCache cache;
    return cache;
}

ImageCache::FileStamp ImageCache::stampOf(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) throw OutputError("PDF writer: cannot read image " + path);
    return FileStamp{info.st_size, info.st_mtim};
}

StoredImage ImageCache::image(const std::string& path) {
    const FileStamp stamp = stampOf(path);
    auto found = entries_.find(path);
    if (found == entries_.end() || !(found->second.stamp == stamp)) {
        Entry entry;
        entry.stamp = stamp;
        entry.holder = std::make_unique<PoDoFo::PdfMemDocument>();
        PoDoFo::PdfImage image(entry.holder.get());
        load(image, path);
        entry.object = image.GetObject();
        entry.serialised = std::make_unique<SerialisedGraph>(*entry.object,
                                                             *static_cast<PoDoFo::PdfDocument&>(*entry.holder).GetObjects());
        found = entries_.insert_or_assign(path, std::move(entry)).first;
    }
    const Entry& entry = found->second;
    return StoredImage{entry.object, static_cast<PoDoFo::PdfDocument&>(*entry.holder).GetObjects(),
                       entry.serialised.get()};
}

}  // namespace fd::pdf
