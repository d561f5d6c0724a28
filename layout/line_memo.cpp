#include "layout/line_memo.h"

#include <cstring>
#include <functional>
#include <string_view>

namespace fd::layout {

namespace {

// Doubles match bit for bit: a key that is merely numerically equal (0.0 and -0.0) could set
// different bytes.
bool same(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }
template <class T>
bool same(const T& a, const T& b) { return a == b; }

// Every field is compared, whatever its name: the structured bindings stop the build when
// doc::Run or CharFormat gains a field, until the field is compared here too.
bool sameRun(const doc::Run& a, const doc::Run& b) {
    const auto& [textA, boldA, italicA, linkA, colourA, pageOfA] = a;
    const auto& [textB, boldB, italicB, linkB, colourB, pageOfB] = b;
    return same(textA, textB) && same(boldA, boldB) && same(italicA, italicB) && same(linkA, linkB) &&
           same(colourA, colourB) && same(pageOfA, pageOfB);
}

bool sameFormat(const CharFormat& a, const CharFormat& b) {
    const auto& [sizeA, boldA, italicA, colourA, linkColourA] = a;
    const auto& [sizeB, boldB, italicB, colourB, linkColourB] = b;
    return same(sizeA, sizeB) && same(boldA, boldB) && same(italicA, italicB) && same(colourA, colourB) &&
           same(linkColourA, linkColourB);
}

bool sameRuns(const doc::Inlines& a, const doc::Inlines& b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
        if (!sameRun(a[k], b[k])) return false;
    return true;
}

// The hash only spreads keys; `sameKey` decides, so a field left out here costs speed, never
// correctness.
void mix(uint64_t& h, uint64_t value) {
    h ^= value + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
}
uint64_t bits(double value) {
    uint64_t b = 0;
    std::memcpy(&b, &value, sizeof b);
    return b;
}
uint64_t hashOf(const std::string& s) { return std::hash<std::string_view>{}(s); }

// What an entry holds, roughly: its objects and the text they point to. Allocator and hash
// table overheads are left out; the budget is an order of magnitude, not an exact figure.
size_t footprint(const std::string& s) { return s.size(); }
size_t footprint(const doc::Inlines& runs) {
    size_t bytes = runs.size() * sizeof(doc::Run);
    for (const doc::Run& r : runs) bytes += footprint(r.text) + footprint(r.link) + footprint(r.pageOf);
    return bytes;
}
size_t footprint(const std::vector<SetLine>& lines) {
    size_t bytes = lines.size() * sizeof(SetLine);
    for (const SetLine& line : lines) {
        bytes += line.texts.size() * sizeof(TextOp) + line.links.size() * sizeof(LinkOp);
        for (const TextOp& t : line.texts) bytes += footprint(t.text) + footprint(t.pageOf);
        for (const LinkOp& l : line.links) bytes += footprint(l.uri);
    }
    return bytes;
}

}  // namespace

LineMemo& LineMemo::forThisThread() {
    thread_local LineMemo memo;
    return memo;
}

LineMemo::Stats LineMemo::stats() const {
    return {hits_, misses_, rotations_, current_.entries.size() + previous_.entries.size(),
            current_.bytes + previous_.bytes};
}

void LineMemo::clear() {
    current_ = Generation{};
    previous_ = Generation{};
}

uint64_t LineMemo::hash(const LineMemoKey& key) {
    uint64_t h = key.fontsSerial;
    mix(h, hashOf(key.language));
    mix(h, bits(key.measure));
    mix(h, static_cast<uint64_t>(key.align));
    mix(h, bits(key.format.size));
    mix(h, (key.format.bold ? 1U : 0U) | (key.format.italic ? 2U : 0U));
    mix(h, (static_cast<uint64_t>(key.format.colour) << 32) | key.format.linkColour);
    for (const doc::Run& r : key.runs) {
        mix(h, hashOf(r.text));
        mix(h, (r.bold ? 1U : 0U) | (r.italic ? 2U : 0U));
        if (!r.link.empty()) mix(h, hashOf(r.link));
        if (!r.pageOf.empty()) mix(h, hashOf(r.pageOf));
    }
    return h;
}

bool LineMemo::sameKey(const LineMemoKey& a, const LineMemoKey& b) {
    return a.fontsSerial == b.fontsSerial && same(a.measure, b.measure) && a.align == b.align &&
           a.language == b.language && sameFormat(a.format, b.format) && sameRuns(a.runs, b.runs);
}

LineMemo::Entries::iterator LineMemo::lookup(Entries& entries, uint64_t h, const LineMemoKey& key) {
    const auto [first, last] = entries.equal_range(h);
    for (auto it = first; it != last; ++it)
        if (sameKey(it->second.key(), key)) return it;
    return entries.end();
}

const std::vector<SetLine>* LineMemo::find(uint64_t h, const LineMemoKey& key) {
    const auto found = lookup(current_.entries, h, key);
    if (found != current_.entries.end()) return &found->second.lines;
    const auto old = lookup(previous_.entries, h, key);
    if (old == previous_.entries.end()) return nullptr;
    // Still in use: carried into the current generation, so that it outlives the next rotation.
    Entries::node_type node = previous_.entries.extract(old);
    previous_.bytes -= node.mapped().bytes;
    makeRoom(node.mapped().bytes);   // it fitted when it was stored, under the same limits
    current_.bytes += node.mapped().bytes;
    return &current_.entries.insert(std::move(node))->second.lines;
}

void LineMemo::store(uint64_t h, const LineMemoKey& key, const std::vector<SetLine>& lines) {
    const size_t bytes = sizeof(Entry) + footprint(key.language) + footprint(key.runs) + footprint(lines);
    if (!makeRoom(bytes)) return;
    current_.entries.emplace(
        h, Entry{key.fontsSerial, key.language, key.runs, key.format, key.measure, key.align, lines, bytes});
    current_.bytes += bytes;
}

bool LineMemo::makeRoom(size_t bytes) {
    // Each generation gets half of the limits, so that both together stay within them.
    const size_t maxEntries = limits_.maxEntries / 2, maxBytes = limits_.maxBytes / 2;
    if (maxEntries == 0 || bytes > maxBytes) return false;   // would leave room for nothing else
    if (current_.entries.size() + 1 > maxEntries || current_.bytes + bytes > maxBytes) {
        previous_ = std::move(current_);
        current_ = Generation{};
        ++rotations_;
    }
    return true;
}

}  // namespace fd::layout
