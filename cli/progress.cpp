#include "cli/progress.h"

#include <cstdio>

namespace fd::cli {

Progress::Progress(std::string label, size_t total, bool enabled)
    : label_(std::move(label)), total_(total), enabled_(enabled && total > 1) {}

Progress::~Progress() {
    if (enabled_ && lastPercent_ >= 0) std::fputs("\r\033[K", stderr);
}

void Progress::advance(size_t n) {
    done_ += n;
    if (enabled_) draw();
}

void Progress::draw() {
    int percent = total_ ? static_cast<int>(done_ * 100 / total_) : 100;
    if (percent == lastPercent_) return;  // redraw only when something visible changes
    lastPercent_ = percent;
    std::fprintf(stderr, "\r%s %zu/%zu (%d %%)", label_.c_str(), done_, total_, percent);
    std::fflush(stderr);
}

}  // namespace fd::cli
