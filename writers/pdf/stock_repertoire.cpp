#include "writers/pdf/stock_repertoire.h"

namespace fd::pdf {
namespace {

struct Range {
    char32_t first, last;   // inclusive
};

// Changing this list changes the bytes of every document written with stock subsets (and so
// the register's version of every certificate re-issued afterwards): extend it deliberately.
constexpr Range kRanges[] = {
    {0x0020, 0x007E},   // ASCII
    {0x00A0, 0x017F},   // Latin-1 Supplement, Latin Extended-A: Œ œ Ł ß, « » ° ª º …
    {0x0218, 0x021B},   // Ș ș Ț ț (Romanian)
    {0x2010, 0x2027},   // hyphens, dashes, ‘ ’ “ ” „, † ‡ • … and the like
    {0x202F, 0x202F},   // narrow no-break space (French typography)
    {0x2030, 0x2030},   // ‰
    {0x2039, 0x203A},   // ‹ ›
    {0x20AC, 0x20AC},   // €
    {0x2122, 0x2122},   // ™
    {0x2212, 0x2212},   // − (minus sign)
};

}  // namespace

const std::vector<char32_t>& stockRepertoire() {
    static const std::vector<char32_t> characters = [] {
        std::vector<char32_t> all;
        for (const Range& range : kRanges)
            for (char32_t cp = range.first; cp <= range.last; ++cp) all.push_back(cp);
        return all;
    }();
    return characters;
}

}  // namespace fd::pdf
