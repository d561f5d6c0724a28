#include "writers/pdf/flate.h"

#include <libdeflate.h>

#include <map>
#include <memory>

#include "util/atomic_file.h"

namespace fd::pdf {
namespace {

struct FreeCompressor {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, FreeCompressor>;

// One compressor per thread and level: making one allocates its tables, which would cost as
// much as compressing a one-page certificate's content. Its output depends only on the input.
libdeflate_compressor& compressorFor(int level) {
    thread_local std::map<int, Compressor> compressors;
    Compressor& compressor = compressors[level];
    if (!compressor) compressor.reset(libdeflate_alloc_compressor(level));
    if (!compressor) throw OutputError("PDF writer: cannot compress at level " + std::to_string(level));
    return *compressor;
}

}  // namespace

std::string flateCompress(const std::string& bytes, int level) {
    libdeflate_compressor& compressor = compressorFor(level);
    std::string compressed(libdeflate_zlib_compress_bound(&compressor, bytes.size()), '\0');
    const size_t size = libdeflate_zlib_compress(&compressor, bytes.data(), bytes.size(), &compressed[0], compressed.size());
    if (size == 0) throw OutputError("PDF writer: cannot compress a stream of " + std::to_string(bytes.size()) + " bytes");
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
