#include "layout/image_size.h"

#include <cstdint>
#include <fstream>
#include <optional>
#include <unordered_map>

#include "layout/error.h"

namespace fd::layout {

namespace {

uint32_t bigEndian(const unsigned char* p, int bytes) {
    uint32_t v = 0;
    for (int k = 0; k < bytes; ++k) v = (v << 8) | p[k];
    return v;
}

std::optional<PixelSize> pngSize(std::istream& in) {
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
    unsigned char h[24];
    if (!in.read(reinterpret_cast<char*>(h), sizeof h)) return std::nullopt;
    static const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (!std::equal(kSignature, kSignature + 8, h) || std::string(reinterpret_cast<char*>(h + 12), 4) != "IHDR")
        return std::nullopt;
    return PixelSize{static_cast<int>(bigEndian(h + 16, 4)), static_cast<int>(bigEndian(h + 20, 4))};
}

bool isStartOfFrame(unsigned char marker) {
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

std::optional<PixelSize> jpegSize(std::istream& in) {
    unsigned char soi[2];
    if (!in.read(reinterpret_cast<char*>(soi), 2) || soi[0] != 0xFF || soi[1] != 0xD8) return std::nullopt;
    for (;;) {
        int c = in.get();
        if (c != 0xFF) return std::nullopt;
        while (c == 0xFF) c = in.get();   // fill bytes
        if (c == EOF) return std::nullopt;
        const auto marker = static_cast<unsigned char>(c);
        if (marker == 0xD9 || marker == 0xDA) return std::nullopt;   // end of image / start of scan: no frame
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;   // markers without a length
        unsigned char len[2];
        if (!in.read(reinterpret_cast<char*>(len), 2)) return std::nullopt;
        const uint32_t length = bigEndian(len, 2);
        if (length < 2) return std::nullopt;
        if (isStartOfFrame(marker)) {
            unsigned char f[5];   // precision, height, width
            if (!in.read(reinterpret_cast<char*>(f), 5)) return std::nullopt;
            return PixelSize{static_cast<int>(bigEndian(f + 3, 2)), static_cast<int>(bigEndian(f + 1, 2))};
        }
        in.seekg(length - 2, std::ios::cur);   // skip EXIF thumbnails and the like without reading them
        if (!in) return std::nullopt;
    }
}

PixelSize readPixelSize(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::optional<PixelSize> size;
    if (in) {
        const int first = in.peek();
        if (first == 0x89) size = pngSize(in);
        else if (first == 0xFF) size = jpegSize(in);
    }
    if (!size || size->width <= 0 || size->height <= 0)
        throw LayoutError("layout.image_unreadable", {{"path", path}}, "not a readable PNG or JPEG image: " + path);
    return *size;
}

}  // namespace

PixelSize imagePixelSize(const std::string& path) {
    thread_local std::unordered_map<std::string, PixelSize> cache;
    auto it = cache.find(path);
    if (it != cache.end()) return it->second;
    const PixelSize size = readPixelSize(path);
    cache.emplace(path, size);
    return size;
}

}  // namespace fd::layout
