// An object graph of a private PoDoFo document (a stock font subset, a stored image) as the
// text of its indirect objects ("n 0 obj … endobj"), renumbered from a chosen first number:
// the direct writer copies these bytes into every file instead of copying and writing the
// objects again. Streams keep their encoded bytes.
#pragma once

#include <podofo/podofo.h>

#include <map>
#include <string>
#include <vector>

namespace fd::pdf {

struct SerialisedObjects {
    int first = 0;                 // the root's number; the objects it refers to follow it
    std::string bytes;             // every object, in number order
    std::vector<size_t> offsets;   // of each object in `bytes`
    int count() const { return static_cast<int>(offsets.size()); }
};

// Not thread-safe: owned by a per-thread cache, like the graph it serialises.
class SerialisedGraph {
public:
    // `root` is an indirect object of `objects`; the graph must be acyclic (fonts and images are).
    SerialisedGraph(const PoDoFo::PdfObject& root, const PoDoFo::PdfVecObjects& objects)
        : root_(root), objects_(objects) {}

    // The graph numbered from `first`, serialised on the first request for that number.
    const SerialisedObjects& numberedFrom(int first);

private:
    const PoDoFo::PdfObject& root_;
    const PoDoFo::PdfVecObjects& objects_;
    std::map<int, SerialisedObjects> byFirst_;
};

// One indirect object as PDF text: "n 0 obj\n<dictionary>\nstream\n<bytes>\nendstream\nendobj\n"
// for a stream, with /Length set to the size of `stream`.
void appendIndirectObject(std::string& out, int number, const std::string& dictionary, const std::string* stream);

}  // namespace fd::pdf
