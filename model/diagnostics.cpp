#include "model/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace fd {

void Diagnostics::error(std::string file, int line, std::string field, std::string key,
                        std::map<std::string, std::string> args) {
    items_.push_back(Diagnostic{Severity::Error, std::move(file), line, std::move(field), std::move(key),
                                std::move(args)});
}

void Diagnostics::warning(std::string file, int line, std::string field, std::string key,
                          std::map<std::string, std::string> args) {
    items_.push_back(Diagnostic{Severity::Warning, std::move(file), line, std::move(field), std::move(key),
                                std::move(args)});
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::hasErrors() const { return errorCount() != 0; }

size_t Diagnostics::errorCount() const {
    return static_cast<size_t>(std::count_if(items_.begin(), items_.end(),
                                             [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

size_t Diagnostics::warningCount() const { return items_.size() - errorCount(); }

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
}

bool Diagnostics::hasKey(const std::string& key) const {
    return std::any_of(items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.key == key; });
}

}  // namespace fd
