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

// Many files made durable together. Each commit() normally costs two fsyncs (the file, then its
// directory: ~10 ms each on a disk, 20 s for 1,000 files). While a DeferredSyncBatch exists,
// commit() in every thread of the process still renames at once (the file is complete and
// atomic for other processes) but leaves durability to sync(), which flushes each filesystem
// written to once. Until sync() returns, a power failure may lose files already renamed, so a
// caller records nothing that depends on them (a register entry...) before then.
// One batch at a time per process; the destructor syncs (best effort) what is still pending.
class DeferredSyncBatch {
public:
    DeferredSyncBatch();    // throws std::logic_error when another batch exists
    ~DeferredSyncBatch();
    DeferredSyncBatch(const DeferredSyncBatch&) = delete;
    DeferredSyncBatch& operator=(const DeferredSyncBatch&) = delete;

    // Makes every file committed since the batch began (or since the last sync()) durable,
    // with their directory entries. Throws OutputError.
    void sync();
};

// Writes `bytes` to `path` atomically: as an unnamed file (O_TMPFILE) linked to `path` once
// complete where the file system allows it and `path` does not exist yet, otherwise through a
// temporary name renamed over `path`. Creates the directory when missing. Honours a
// DeferredSyncBatch like AtomicPath::commit(). Throws OutputError.
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Creates `dir` and its parents when missing. Throws OutputError.
void ensureDirectory(const std::string& dir);

}  // namespace fd
