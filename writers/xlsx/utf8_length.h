// Length of UTF-8 text in code points, the unit Excel counts sheet names and column widths in.
#pragma once

#include <cstddef>
#include <string>

namespace fd::xlsx {

inline size_t codePointCount(const std::string& utf8) {
    size_t count = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++count;   // every byte but continuation bytes starts a code point
    return count;
}

}  // namespace fd::xlsx
