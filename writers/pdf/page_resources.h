// What painting a page's content needs beyond its ops: the font of each face, the image
// XObjects and the link annotations, registered in the page as they are used. Two assemblies
// provide them: a PoDoFo page (podofo_page.h) and the direct serialiser (direct_writer.h).
#pragma once

#include <string>

#include "layout/page.h"
#include "writers/pdf/text_showing.h"

namespace fd::pdf {

struct FontResource {
    std::string name;   // its key in the page's /Font resources
    GlyphMap* glyphs;
};

class PageResources {
public:
    virtual ~PageResources() = default;
    // The font of `face`, registered in the page's resources on first use.
    virtual FontResource font(layout::Face face) = 0;
    // The resource name of the image XObject stored from `path`, registered on first use.
    virtual std::string image(const std::string& path) = 0;
    // A link annotation on the page.
    virtual void link(const layout::LinkOp& op) = 0;
};

// The page's content stream (uncompressed). Graphics state operators are emitted only when the
// state changes, and consecutive texts share one text object, naming their font only when it
// changes. Throws OutputError for a character no font of its face has, std::logic_error for an
// inconsistent op (font size <= 0).
std::string pageContent(const layout::Page& page, PageResources& resources);

}  // namespace fd::pdf
