#include "model/clock.h"

#include <cerrno>
#include <cstdlib>
#include <ctime>

namespace fd {

int64_t buildTimeUnix() {
    if (const char* env = std::getenv("SOURCE_DATE_EPOCH"); env && *env) {
        char* end = nullptr;
        errno = 0;
        long long v = std::strtoll(env, &end, 10);
        if (errno == 0 && end && *end == '\0' && v >= 0) return static_cast<int64_t>(v);
    }
    return static_cast<int64_t>(std::time(nullptr));
}

Date buildDate() { return Date::fromUnixSeconds(buildTimeUnix()); }

}  // namespace fd
