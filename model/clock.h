// The one source of "now" for everything written into a file: SOURCE_DATE_EPOCH when set
// (reproducible builds), else the wall clock.
#pragma once

#include <cstdint>

#include "model/values.h"

namespace fd {

int64_t buildTimeUnix();
Date buildDate();

}  // namespace fd
