// A per-thread memo of LineBreaker::set. Bulk certificates set the same legal sentences, labels
// and course title for every trainee; setting a paragraph again (ICU break iteration, glyph
// measuring, fitting) costs far more than finding and copying the lines set the first time.
// No locks: each thread has its own memo, as it has its own LineBreakers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "doc/doc.h"
#include "layout/linebreak.h"
#include "layout/style.h"

namespace fd::layout {

// Everything the lines set by LineBreaker::set depend on. References: making a key to look
// something up copies nothing.
struct LineMemoKey {
    uint64_t fontsSerial;              // Fonts::serial()
    const std::string& language;       // the LineBreaker's, as given to ICU
    const doc::Inlines& runs;
    const CharFormat& format;
    double measure;
    doc::Align align;
};

// Bounded by two generations. New lines go into the current one; when it is full it becomes
// the previous one and the generation before is dropped whole. Lines found in the previous
// generation move to the current one, so what recurs (a certificate's legal sentences) stays
// while what was set once (a trainee's name) goes within two generations. No recency is kept
// per entry: a hit costs a lookup and a copy, nothing more.
class LineMemo {
public:
    struct Limits {
        size_t maxEntries;             // both generations together
        size_t maxBytes;               // estimated: the keys' and lines' objects and text
    };
    // A certificate sets ~27 paragraphs, entries of ~600 bytes, all but two or three of which
    // recur from one trainee to the next; a batch over several courses and sessions recurs
    // over a few hundred. These limits hold that many times over, under a megabyte a thread.
    static constexpr Limits kDefaultLimits{1024, size_t{512} << 10};

    struct Stats {
        size_t hits = 0, misses = 0;
        size_t rotations = 0;          // times the current generation became the previous one
        size_t entries = 0, bytes = 0;
    };

    explicit LineMemo(Limits limits = kDefaultLimits) : limits_(limits) {}
    LineMemo(const LineMemo&) = delete;
    LineMemo& operator=(const LineMemo&) = delete;

    // The memo LineBreaker::set uses on the calling thread.
    static LineMemo& forThisThread();

    // The lines memoised for `key`, else those `setLines()` returns, memoised for next time.
    template <class SetLines>
    std::vector<SetLine> lines(const LineMemoKey& key, SetLines&& setLines) {
        const uint64_t h = hash(key);
        if (const std::vector<SetLine>* found = find(h, key)) {
            ++hits_;
            return *found;
        }
        ++misses_;
        std::vector<SetLine> set = setLines();
        store(h, key, set);
        return set;
    }

    // Whether the lines set for `a` and `b` are the same: every field of every run and of the
    // format, doubles bit for bit, fonts, language, measure and alignment.
    static bool sameKey(const LineMemoKey& a, const LineMemoKey& b);

    Stats stats() const;
    void clear();   // both generations; the counts of hits, misses and rotations stay

private:
    // An owned copy of a key, with the lines set for it.
    struct Entry {
        uint64_t fontsSerial;
        std::string language;
        doc::Inlines runs;
        CharFormat format;
        double measure;
        doc::Align align;
        std::vector<SetLine> lines;
        size_t bytes;                  // estimated footprint

        LineMemoKey key() const { return {fontsSerial, language, runs, format, measure, align}; }
    };
    using Entries = std::unordered_multimap<uint64_t, Entry>;   // by hash; equal hashes are compared whole
    struct Generation {
        Entries entries;
        size_t bytes = 0;
    };

    static uint64_t hash(const LineMemoKey& key);
    static Entries::iterator lookup(Entries& entries, uint64_t h, const LineMemoKey& key);
    const std::vector<SetLine>* find(uint64_t h, const LineMemoKey& key);
    void store(uint64_t h, const LineMemoKey& key, const std::vector<SetLine>& lines);
    // Rotates the generations if the current one has no room for `bytes` more; false when an
    // entry that large is not to be kept at all.
    bool makeRoom(size_t bytes);

    Limits limits_;
    Generation current_, previous_;
    size_t hits_ = 0, misses_ = 0, rotations_ = 0;
};

}  // namespace fd::layout
