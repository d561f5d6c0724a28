// Helpers for the writer tests: a scratch directory, running the independent checking tools
// (qpdf, poppler-utils, Debian's python3 with openpyxl) and making small image files.
#pragma once

#include <cstdint>
#include <string>

namespace fd::writers_testing {

// A fresh directory under $TMPDIR (or /tmp), removed with its contents on destruction.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    // Names of the entries in the directory (hidden ones included), sorted.
    std::string listing() const;

private:
    std::string path_;
};

struct CommandResult {
    int exitCode = -1;
    std::string output;   // stdout and stderr together
};

// Runs `command` with /bin/sh and captures its output.
CommandResult run(const std::string& command);
std::string shellQuote(const std::string& text);
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);
bool exists(const std::string& path);

// A PNG image, RGBA 8-bit, every pixel `rgba` (0xRRGGBBAA), with stored (uncompressed) deflate.
std::string solidPng(int width, int height, uint32_t rgba);
// A palette PNG (colour type 3) whose pixels all use entry 0 = `rgb` (0xRRGGBB).
std::string palettePng(int width, int height, uint32_t rgb);
// A valid 8×8 baseline JPEG.
std::string tinyJpeg();

}  // namespace fd::writers_testing
