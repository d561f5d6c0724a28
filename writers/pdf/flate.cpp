#include "writers/pdf/flate.h"

#include <zlib.h>

#include <climits>
#include <map>
#include <memory>

#include "util/atomic_file.h"

namespace fd::pdf {
namespace {

[[noreturn]] void failed(int status) {
    throw OutputError("PDF writer: cannot compress a stream (zlib error " + std::to_string(status) + ")");
}

// One deflate state per thread and level, reset between streams: compress2 allocates and
// clears about 260 KB of state for every call, which took as long as compressing a one-page
// certificate's content itself. A reset state gives the same bytes as a fresh one.
class Deflater {
public:
    explicit Deflater(int level) {
        const int status = deflateInit(&stream_, level);
        if (status != Z_OK) failed(status);
    }
    ~Deflater() { deflateEnd(&stream_); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    std::string compress(const std::string& bytes) {
        if (bytes.size() > UINT_MAX) failed(Z_BUF_ERROR);   // one call below handles 4 GB at most
        int status = deflateReset(&stream_);
        if (status != Z_OK) failed(status);
        std::string compressed(deflateBound(&stream_, static_cast<uLong>(bytes.size())), '\0');
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
        stream_.avail_in = static_cast<uInt>(bytes.size());
        stream_.next_out = reinterpret_cast<Bytef*>(&compressed[0]);
        stream_.avail_out = static_cast<uInt>(compressed.size());
        status = deflate(&stream_, Z_FINISH);   // the output has room for everything: one call
        if (status != Z_STREAM_END) failed(status);
        compressed.resize(stream_.total_out);
        return compressed;
    }

private:
    z_stream stream_{};
};

}  // namespace

std::string flateCompress(const std::string& bytes, int level) {
    thread_local std::map<int, std::unique_ptr<Deflater>> deflaters;
    std::unique_ptr<Deflater>& deflater = deflaters[level];
    if (!deflater) deflater = std::make_unique<Deflater>(level);
    return deflater->compress(bytes);
}

void setFlateStream(PoDoFo::PdfObject& object, const std::string& compressed) {
    // SetRawData keeps the dictionary's /Filter and sets /Length.
    object.GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
    PoDoFo::PdfMemoryInputStream input(compressed.data(), static_cast<PoDoFo::pdf_long>(compressed.size()));
    object.GetStream()->SetRawData(&input, static_cast<PoDoFo::pdf_long>(compressed.size()));
}

}  // namespace fd::pdf
