#include "writers/pdf/truetype_trim.h"

#include <map>

#include "util/atomic_file.h"

namespace fd::pdf {
namespace {

// Offsets and flags from the OpenType specification (head, hhea, maxp, glyf).
constexpr size_t kHeadChecksumAdjustment = 8, kHeadIndexToLocFormat = 50;
constexpr size_t kHheaNumberOfHMetrics = 34;
constexpr size_t kMaxpNumGlyphs = 4, kMaxpZones = 14, kMaxpHintingEnd = 28;   // version 1.0: 32 bytes
constexpr uint16_t kArgsAreWords = 0x0001, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                   kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080, kHaveInstructions = 0x0100;

// Tables that only serve hinting.
const char* const kHintingTables[] = {"fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"};

using Tables = std::map<std::string, std::string>;   // by tag: the directory's order

[[noreturn]] void unreadable(const std::string& what) {
    throw OutputError("PDF writer: cannot trim a subset font program: " + what);
}

uint16_t get16(const std::string& bytes, size_t at) {
    if (at + 2 > bytes.size()) unreadable("truncated data");
    return static_cast<uint16_t>((static_cast<unsigned char>(bytes[at]) << 8) | static_cast<unsigned char>(bytes[at + 1]));
}

uint32_t get32(const std::string& bytes, size_t at) {
    return (static_cast<uint32_t>(get16(bytes, at)) << 16) | get16(bytes, at + 2);
}

void put16(std::string& bytes, size_t at, uint16_t value) {
    if (at + 2 > bytes.size()) unreadable("truncated data");
    bytes[at] = static_cast<char>(value >> 8);
    bytes[at + 1] = static_cast<char>(value & 0xFF);
}

void append16(std::string& bytes, uint16_t value) {
    bytes += static_cast<char>(value >> 8);
    bytes += static_cast<char>(value & 0xFF);
}

void append32(std::string& bytes, uint32_t value) {
    append16(bytes, static_cast<uint16_t>(value >> 16));
    append16(bytes, static_cast<uint16_t>(value & 0xFFFF));
}

Tables readTables(const std::string& font) {
    Tables tables;
    const uint16_t count = get16(font, 4);
    for (uint16_t i = 0; i < count; ++i) {
        const size_t record = 12 + 16 * static_cast<size_t>(i);
        const uint32_t offset = get32(font, record + 8), length = get32(font, record + 12);
        if (static_cast<uint64_t>(offset) + length > font.size()) unreadable("a table lies outside the file");
        tables[font.substr(record, 4)] = font.substr(offset, length);
    }
    return tables;
}

std::string& table(Tables& tables, const char* tag) {
    auto found = tables.find(tag);
    if (found == tables.end()) unreadable(std::string("no ") + tag + " table");
    return found->second;
}

// One glyph's description without its instructions (an empty glyph stays empty).
std::string withoutInstructions(const std::string& glyph) {
    if (glyph.empty()) return glyph;
    const auto contours = static_cast<int16_t>(get16(glyph, 0));
    if (contours >= 0) {
        const size_t lengthAt = 10 + 2 * static_cast<size_t>(contours);
        const size_t instructionsEnd = lengthAt + 2 + get16(glyph, lengthAt);
        if (instructionsEnd > glyph.size()) unreadable("truncated glyph");
        std::string simple = glyph.substr(0, lengthAt);
        append16(simple, 0);
        return simple + glyph.substr(instructionsEnd);
    }
    // A composite: clear "instructions follow" on every component, then cut what follows them.
    std::string composite = glyph;
    size_t at = 10;
    for (;;) {
        const uint16_t flags = get16(composite, at);
        put16(composite, at, static_cast<uint16_t>(flags & ~kHaveInstructions));
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);   // flags, glyph index, arguments
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kHaveXYScale)
            at += 4;
        else if (flags & kHaveTwoByTwo)
            at += 8;
        if (!(flags & kMoreComponents)) break;
    }
    if (at > composite.size()) unreadable("truncated composite glyph");
    composite.resize(at);
    return composite;
}

std::vector<uint32_t> readLoca(const std::string& loca, bool longOffsets, size_t glyphs) {
    std::vector<uint32_t> offsets(glyphs + 1);
    for (size_t g = 0; g <= glyphs; ++g)
        offsets[g] = longOffsets ? get32(loca, 4 * g) : 2u * get16(loca, 2 * g);
    return offsets;
}

// Rewrites glyf and loca without instructions; returns which glyphs have an outline.
std::vector<bool> stripGlyphInstructions(Tables& tables, size_t glyphs) {
    std::string& head = table(tables, "head");
    const bool longOffsets = get16(head, kHeadIndexToLocFormat) != 0;
    const std::string& glyf = table(tables, "glyf");
    const std::vector<uint32_t> offsets = readLoca(table(tables, "loca"), longOffsets, glyphs);

    std::string newGlyf;
    std::vector<uint32_t> newOffsets(glyphs + 1);
    std::vector<bool> outlined(glyphs);
    for (size_t g = 0; g < glyphs; ++g) {
        newOffsets[g] = static_cast<uint32_t>(newGlyf.size());
        if (offsets[g + 1] < offsets[g] || offsets[g + 1] > glyf.size()) unreadable("bad loca entry");
        outlined[g] = offsets[g + 1] > offsets[g];
        newGlyf += withoutInstructions(glyf.substr(offsets[g], offsets[g + 1] - offsets[g]));
        newGlyf.resize((newGlyf.size() + 3) & ~size_t{3}, '\0');   // 4-byte aligned glyphs
    }
    newOffsets[glyphs] = static_cast<uint32_t>(newGlyf.size());

    // Short offsets store half the offset in 16 bits: enough unless the table grew past 128 KB.
    const bool newLong = newGlyf.size() / 2 > 0xFFFF;
    std::string loca;
    for (uint32_t offset : newOffsets) {
        if (newLong)
            append32(loca, offset);
        else
            append16(loca, static_cast<uint16_t>(offset / 2));
    }
    put16(head, kHeadIndexToLocFormat, newLong ? 1 : 0);
    tables["glyf"] = std::move(newGlyf);
    tables["loca"] = std::move(loca);
    return outlined;
}

void zeroUnusedMetrics(Tables& tables, size_t glyphs, const std::vector<bool>& keep) {
    const size_t longMetrics = get16(table(tables, "hhea"), kHheaNumberOfHMetrics);
    std::string& hmtx = table(tables, "hmtx");
    for (size_t g = 0; g < glyphs; ++g) {
        if (keep[g]) continue;
        if (g < longMetrics) {
            put16(hmtx, 4 * g, 0);       // advance width
            put16(hmtx, 4 * g + 2, 0);   // left side bearing
        } else {
            put16(hmtx, 4 * longMetrics + 2 * (g - longMetrics), 0);
        }
    }
}

// maxp's hinting limits (zones, twilight points, storage, functions, stack, instruction size).
void clearHintingLimits(Tables& tables) {
    std::string& maxp = table(tables, "maxp");
    if (get32(maxp, 0) != 0x00010000) return;   // version 0.5 (CFF) has none
    put16(maxp, kMaxpZones, 1);
    for (size_t at = kMaxpZones + 2; at < kMaxpHintingEnd; at += 2) put16(maxp, at, 0);
}

uint32_t checksum(const std::string& bytes) {
    uint32_t sum = 0;
    for (size_t at = 0; at < bytes.size(); at += 4) {
        uint32_t word = 0;
        for (size_t k = 0; k < 4; ++k)
            word = (word << 8) | (at + k < bytes.size() ? static_cast<unsigned char>(bytes[at + k]) : 0u);
        sum += word;
    }
    return sum;
}

std::string assemble(uint32_t version, Tables& tables) {
    const auto count = static_cast<uint16_t>(tables.size());
    uint16_t selector = 0;
    while ((2u << selector) <= count) ++selector;
    const auto searchRange = static_cast<uint16_t>(16u << selector);

    std::string& head = table(tables, "head");
    put16(head, kHeadChecksumAdjustment, 0);
    put16(head, kHeadChecksumAdjustment + 2, 0);

    std::string font;
    append32(font, version);
    append16(font, count);
    append16(font, searchRange);
    append16(font, selector);
    append16(font, static_cast<uint16_t>(count * 16 - searchRange));
    size_t offset = 12 + 16 * static_cast<size_t>(count);
    for (const auto& [tag, data] : tables) {
        font += tag;
        append32(font, checksum(data));
        append32(font, static_cast<uint32_t>(offset));
        append32(font, static_cast<uint32_t>(data.size()));
        offset += (data.size() + 3) & ~size_t{3};
    }
    size_t headAt = 0;
    for (const auto& [tag, data] : tables) {
        if (tag == "head") headAt = font.size();
        font += data;
        font.resize((font.size() + 3) & ~size_t{3}, '\0');
    }
    const uint32_t adjustment = 0xB1B0AFBA - checksum(font);
    put16(font, headAt + kHeadChecksumAdjustment, static_cast<uint16_t>(adjustment >> 16));
    put16(font, headAt + kHeadChecksumAdjustment + 2, static_cast<uint16_t>(adjustment & 0xFFFF));
    return font;
}

}  // namespace

std::string trimTrueType(const std::string& program, const std::vector<uint16_t>& drawn) {
    Tables tables = readTables(program);
    const size_t glyphs = get16(table(tables, "maxp"), kMaxpNumGlyphs);

    std::vector<bool> keep = stripGlyphInstructions(tables, glyphs);
    for (uint16_t glyph : drawn)
        if (glyph < glyphs) keep[glyph] = true;
    zeroUnusedMetrics(tables, glyphs, keep);
    clearHintingLimits(tables);
    for (const char* tag : kHintingTables) tables.erase(tag);
    return assemble(get32(program, 0), tables);
}

}  // namespace fd::pdf
