#include "cli/certificates_leftovers.h"

#include <signal.h>
#include <sys/types.h>

#include <cerrno>
#include <filesystem>
#include <optional>
#include <regex>

namespace fd::cli {
namespace {

// The process id in a temporary name; nested names (a temporary of a temporary) end with the
// innermost writer's.
std::optional<pid_t> writerOf(const std::string& name) {
    static const std::regex pattern(R"(^\..+\.tmp-([0-9]+)-[0-9]+$)");
    std::smatch match;
    if (!std::regex_match(name, match, pattern)) return std::nullopt;
    try {
        return static_cast<pid_t>(std::stol(match[1].str()));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

bool processRuns(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

}  // namespace

size_t removeAbandonedTemporaryFiles(const std::string& dir) {
    std::error_code ec;
    size_t removed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        const std::optional<pid_t> writer = writerOf(entry.path().filename().string());
        if (!writer || processRuns(*writer)) continue;
        if (std::filesystem::remove(entry.path(), ec)) ++removed;
    }
    return removed;
}

}  // namespace fd::cli
