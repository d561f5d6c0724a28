#include "util/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <set>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace fd {
namespace {

std::atomic<unsigned> tempCounter{0};

std::string describeErrno(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}

void fsyncPath(const std::string& path, int flags) {
    int fd = ::open(path.c_str(), flags);
    if (fd < 0) return;  // best effort: durability, not correctness, depends on it
    ::fsync(fd);
    ::close(fd);
}

// The process's DeferredSyncBatch, if one exists: the directories whose entries it must flush.
struct PendingSync {
    std::mutex mutex;
    bool active = false;
    std::set<std::string> directories;
};

PendingSync& pendingSync() {
    static PendingSync pending;
    return pending;
}

// True when a batch takes charge of durability; records the directory for its sync().
bool deferToBatch(const std::string& directory) {
    PendingSync& pending = pendingSync();
    std::lock_guard<std::mutex> lock(pending.mutex);
    if (!pending.active) return false;
    pending.directories.insert(directory);
    return true;
}

// syncfs() flushes a whole filesystem, file data and directory entries, in one call: one per
// filesystem instead of two fsyncs per file.
void syncFilesystems(const std::set<std::string>& directories) {
    std::set<dev_t> synced;
    for (const std::string& dir : directories) {
        int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
        if (fd < 0) throw OutputError(describeErrno("cannot open", dir));
        struct stat st {};
        bool ok = ::fstat(fd, &st) == 0;
        if (ok && synced.insert(st.st_dev).second) ok = ::syncfs(fd) == 0;
        const int savedErrno = errno;
        ::close(fd);
        errno = savedErrno;
        if (!ok) throw OutputError(describeErrno("cannot flush the files written to", dir));
    }
}

std::string directoryOf(const std::string& path) {
    std::string dir = std::filesystem::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}

}  // namespace

DeferredSyncBatch::DeferredSyncBatch() {
    PendingSync& pending = pendingSync();
    std::lock_guard<std::mutex> lock(pending.mutex);
    if (pending.active) throw std::logic_error("DeferredSyncBatch: a batch already exists");
    pending.active = true;
}

DeferredSyncBatch::~DeferredSyncBatch() {
    try {
        sync();
    } catch (const OutputError&) {
        // best effort: a caller that needs durability called sync() and saw the error
    }
    PendingSync& pending = pendingSync();
    std::lock_guard<std::mutex> lock(pending.mutex);
    pending.active = false;
    pending.directories.clear();
}

void DeferredSyncBatch::sync() {
    PendingSync& pending = pendingSync();
    std::set<std::string> directories;
    {
        std::lock_guard<std::mutex> lock(pending.mutex);
        directories.swap(pending.directories);
    }
    syncFilesystems(directories);
}

AtomicPath::AtomicPath(std::string finalPath) : final_(std::move(finalPath)) {
    std::filesystem::path p(final_);
    std::string dir = p.parent_path().string();
    if (!dir.empty()) ensureDirectory(dir);
    temp_ = (p.parent_path() / ("." + p.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                                "-" + std::to_string(tempCounter++)))
                .string();
}

AtomicPath::~AtomicPath() {
    if (!committed_) std::remove(temp_.c_str());
}

void AtomicPath::commit() {
    const std::string dir = directoryOf(final_);
    const bool deferred = deferToBatch(dir);
    if (!deferred) fsyncPath(temp_, O_RDONLY);
    if (std::rename(temp_.c_str(), final_.c_str()) != 0)
        throw OutputError(describeErrno("cannot rename to", final_));
    committed_ = true;
    if (!deferred) fsyncPath(dir, O_RDONLY | O_DIRECTORY);
}

namespace {

bool writeAll(int fd, const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

// An unnamed file in the destination's directory (O_TMPFILE), named only once complete: a kill
// leaves nothing behind, and creating the inode does not lock the directory, which two threads
// writing into one folder otherwise contend for. Returns false (nothing written) where the file
// system, /proc or the destination (already present) does not allow it; the caller then takes
// the temporary-name route. Throws OutputError on a real write error.
bool writeUnnamedThenLink(const std::string& path, const std::string& bytes) {
    const std::string dir = directoryOf(path);
    const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0) return false;   // EOPNOTSUPP, EISDIR (kernel without O_TMPFILE)…
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (!writeAll(fd, bytes)) throw OutputError(describeErrno("cannot write", path));
    const bool deferred = deferToBatch(dir);
    if (!deferred && ::fsync(fd) != 0) throw OutputError(describeErrno("cannot flush", path));
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) != 0) return false;
    if (!deferred) fsyncPath(dir, O_RDONLY | O_DIRECTORY);
    return true;
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    ensureDirectory(directoryOf(path));
    if (writeUnnamedThenLink(path, bytes)) return;
    AtomicPath out(path);
    const int fd = ::open(out.tempPath().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) throw OutputError(describeErrno("cannot create", out.tempPath()));
    const bool ok = writeAll(fd, bytes);
    const int savedErrno = errno;
    ::close(fd);
    errno = savedErrno;
    if (!ok) throw OutputError(describeErrno("cannot write", out.tempPath()));
    out.commit();
}

void ensureDirectory(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw OutputError("cannot create directory " + dir + ": " + ec.message());
}

}  // namespace fd
