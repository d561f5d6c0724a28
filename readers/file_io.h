// Whole-file reads for the readers (workspace files are small).
#pragma once

#include <optional>
#include <string>

namespace fd::readers {

// The file's bytes, or nullopt when it cannot be opened or read.
std::optional<std::string> readFileBytes(const std::string& path);
bool fileExists(const std::string& path);
// "dir" + "/" + "name", without doubling the slash.
std::string joinPath(const std::string& dir, const std::string& name);

}  // namespace fd::readers
