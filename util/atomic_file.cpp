#include "util/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
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

}  // namespace

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
    fsyncPath(temp_, O_RDONLY);
    if (std::rename(temp_.c_str(), final_.c_str()) != 0)
        throw OutputError(describeErrno("cannot rename to", final_));
    committed_ = true;
    std::string dir = std::filesystem::path(final_).parent_path().string();
    fsyncPath(dir.empty() ? "." : dir, O_RDONLY | O_DIRECTORY);
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    AtomicPath out(path);
    FILE* f = std::fopen(out.tempPath().c_str(), "wb");
    if (!f) throw OutputError(describeErrno("cannot create", out.tempPath()));
    size_t written = std::fwrite(bytes.data(), 1, bytes.size(), f);
    bool ok = written == bytes.size() && std::fflush(f) == 0;
    ok = (std::fclose(f) == 0) && ok;
    if (!ok) throw OutputError(describeErrno("cannot write", out.tempPath()));
    out.commit();
}

void ensureDirectory(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw OutputError("cannot create directory " + dir + ": " + ec.message());
}

}  // namespace fd
