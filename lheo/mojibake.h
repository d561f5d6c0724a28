// Doubly encoded UTF-8 ("identitÃ©" for "identité"): UTF-8 bytes that some tool read as
// Windows-1252 (or ISO-8859-1) and encoded to UTF-8 again. LHEO files from the Carif-Oref network
// carry such text; it is detected and undone here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fd::lheo {

// The repaired text when `text` is doubly encoded: every character of it maps back to one
// Windows-1252 / ISO-8859-1 byte, and those bytes are again well-formed UTF-8 holding non-ASCII
// characters. Applied again while it still applies (text encoded three times). nullopt when the
// text is not doubly encoded (the usual case: "é" alone is not a valid UTF-8 byte sequence).
std::optional<std::string> repairDoubleEncoding(std::string_view text);

}  // namespace fd::lheo
