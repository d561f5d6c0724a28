#include "writers/pdf/document_images.h"

#include "writers/pdf/image_cache.h"
#include "writers/pdf/object_copy.h"

namespace fd::pdf {

PoDoFo::PdfImage& DocumentImages::image(const std::string& path) {
    auto found = images_.find(path);
    if (found != images_.end()) return *found->second;

    const StoredImage stored = ImageCache::forThisThread().image(path);
    PoDoFo::PdfObject* copy = copyObjectGraph(*stored.object, *stored.objects, *document_.GetObjects());
    return *images_.emplace(path, std::make_unique<PoDoFo::PdfImage>(copy)).first->second;
}

}  // namespace fd::pdf
