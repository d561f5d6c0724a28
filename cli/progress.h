// Progress of long runs on stderr, only when stderr is a terminal (logs stay clean).
#pragma once

#include <cstddef>
#include <string>

namespace fd::cli {

class Progress {
public:
    Progress(std::string label, size_t total, bool enabled);
    ~Progress();
    void advance(size_t n = 1);

private:
    void draw();
    std::string label_;
    size_t total_, done_ = 0;
    bool enabled_;
    int lastPercent_ = -1;
};

}  // namespace fd::cli
