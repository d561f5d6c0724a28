// The one exception layout throws: a document that cannot be typeset as asked.
#pragma once

#include <map>
#include <stdexcept>
#include <string>

namespace fd::layout {

// `key` is a message key (layout.* in locales/) and `args` its named arguments, so that the
// command line can tell people what is wrong in their language; what() is an English summary
// for logs and tests.
//   layout.glyph_missing     {codepoint, text}   a character neither Liberation Sans nor DejaVu Sans has
//   layout.invalid_utf8      {text}              text that is not valid UTF-8
//   layout.font_unreadable   {path}              a font file FreeType cannot open
//   layout.image_unreadable  {path}              a missing image, or neither PNG nor JPEG
//   layout.anchor_unknown    {anchor}            an internal link "#anchor" no heading defines
//   layout.qr_too_long       {length}            data too long for a QR code at level M
//   layout.table_row_width   {row, cells, columns}  a table row with more cells than columns
class LayoutError : public std::runtime_error {
public:
    LayoutError(std::string key, std::map<std::string, std::string> args, const std::string& summary)
        : std::runtime_error(summary), key_(std::move(key)), args_(std::move(args)) {}

    const std::string& key() const noexcept { return key_; }
    const std::map<std::string, std::string>& args() const noexcept { return args_; }

private:
    std::string key_;
    std::map<std::string, std::string> args_;
};

}  // namespace fd::layout
