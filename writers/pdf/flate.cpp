#include "writers/pdf/flate.h"

#include <zlib.h>

#include "util/atomic_file.h"

namespace fd::pdf {

std::string flateCompress(const std::string& bytes, int level) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string compressed(size, '\0');
    const int status = compress2(reinterpret_cast<Bytef*>(&compressed[0]), &size,
                                 reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()), level);
    if (status != Z_OK) throw OutputError("PDF writer: cannot compress a stream (zlib error " + std::to_string(status) + ")");
    compressed.resize(size);
    return compressed;
}

void setFlateStream(PoDoFo::PdfObject& object, const std::string& compressed) {
    // SetRawData keeps the dictionary's /Filter and sets /Length.
    object.GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
    PoDoFo::PdfMemoryInputStream input(compressed.data(), static_cast<PoDoFo::pdf_long>(compressed.size()));
    object.GetStream()->SetRawData(&input, static_cast<PoDoFo::pdf_long>(compressed.size()));
}

}  // namespace fd::pdf
