#include "layout/page.h"

namespace fd::layout {

FontFiles FontFiles::debianDefaults() {
    // Debian packages fonts-liberation2 (primary, metric-compatible with Arial) and
    // fonts-dejavu-core (fallback, wider coverage: U+2011, Greek, Cyrillic…).
    static const char* const liberation = "/usr/share/fonts/truetype/liberation2/";
    static const char* const dejavu = "/usr/share/fonts/truetype/dejavu/";
    FontFiles files;
    files.paths[static_cast<int>(Face::Regular)] = std::string(liberation) + "LiberationSans-Regular.ttf";
    files.paths[static_cast<int>(Face::Bold)] = std::string(liberation) + "LiberationSans-Bold.ttf";
    files.paths[static_cast<int>(Face::Italic)] = std::string(liberation) + "LiberationSans-Italic.ttf";
    files.paths[static_cast<int>(Face::BoldItalic)] = std::string(liberation) + "LiberationSans-BoldItalic.ttf";
    files.paths[static_cast<int>(Face::FallbackRegular)] = std::string(dejavu) + "DejaVuSans.ttf";
    files.paths[static_cast<int>(Face::FallbackBold)] = std::string(dejavu) + "DejaVuSans-Bold.ttf";
    files.paths[static_cast<int>(Face::FallbackItalic)] = std::string(dejavu) + "DejaVuSans-Oblique.ttf";
    files.paths[static_cast<int>(Face::FallbackBoldItalic)] = std::string(dejavu) + "DejaVuSans-BoldOblique.ttf";
    return files;
}

}  // namespace fd::layout
