#include "cli/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace fd::cli {

unsigned defaultJobs() {
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : n;
}

void parallelFor(size_t count, unsigned jobs, const std::function<void(size_t)>& task) {
    if (jobs <= 1 || count <= 1) {
        for (size_t i = 0; i < count; ++i) task(i);
        return;
    }
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr firstError;
    std::mutex errorMutex;
    auto worker = [&] {
        for (size_t i; !failed && (i = next++) < count;) {
            try {
                task(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!firstError) firstError = std::current_exception();
                failed = true;
            }
        }
    };
    std::vector<std::thread> threads;
    unsigned n = static_cast<unsigned>(std::min<size_t>(jobs, count));
    for (unsigned t = 0; t < n; ++t) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
    if (firstError) std::rethrow_exception(firstError);
}

}  // namespace fd::cli
