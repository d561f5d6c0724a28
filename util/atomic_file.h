// Output that is never half-written: data goes to a temporary file in the destination's
// directory and is renamed over the destination only once complete and flushed.
#pragma once

#include <stdexcept>
#include <string>

namespace fd {

class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A temporary path next to `finalPath` ("<dir>/.<name>.tmp-<pid>-<n>"), for libraries that
// insist on writing to a path themselves (PoDoFo, libxlsxwriter). Call commit() when done;
// the destructor removes the temporary file if commit() was not reached.
class AtomicPath {
public:
    explicit AtomicPath(std::string finalPath);
    ~AtomicPath();
    AtomicPath(const AtomicPath&) = delete;
    AtomicPath& operator=(const AtomicPath&) = delete;

    const std::string& tempPath() const { return temp_; }
    const std::string& finalPath() const { return final_; }
    // fsync the temporary file, rename it over the final path. Throws OutputError.
    void commit();

private:
    std::string final_, temp_;
    bool committed_ = false;
};

// Writes `bytes` to `path` atomically. Throws OutputError.
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Creates `dir` and its parents when missing. Throws OutputError.
void ensureDirectory(const std::string& dir);

}  // namespace fd
