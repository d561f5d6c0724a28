// The pixel size of a PNG or JPEG, read from the file header (PNG IHDR, JPEG SOFn) without
// decoding the image: layout only needs the aspect ratio and the natural size.
#pragma once

#include <string>

namespace fd::layout {

struct PixelSize {
    int width = 0, height = 0;
};

// Throws LayoutError (layout.image_unreadable) for a missing file or one that is neither PNG
// nor JPEG (recognised by its signature, whatever the extension). Results are cached per
// thread: bulk documents repeat the same logo.
PixelSize imagePixelSize(const std::string& path);

}  // namespace fd::layout
