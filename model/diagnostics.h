// Problems found in the input, reported all at once as `file:line: field: message`.
// The message itself is a key of the `diag.*` messages in locales/ plus named arguments,
// so that people read it in their language and tests can assert on stable keys.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace fd {

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;     // as given on the command line / relative to the workspace
    int line = 0;         // 1-based; 0 when the problem concerns the whole file
    std::string field;    // e.g. "siret", "course[PRV-01].modules", "hours_attended"
    std::string key;      // message key, e.g. "diag.siret.checksum"
    std::map<std::string, std::string> args;  // named MessageFormat arguments
};

class Diagnostics {
public:
    void error(std::string file, int line, std::string field, std::string key,
               std::map<std::string, std::string> args = {});
    void warning(std::string file, int line, std::string field, std::string key,
                 std::map<std::string, std::string> args = {});
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& items() const { return items_; }
    bool hasErrors() const;
    size_t errorCount() const;
    size_t warningCount() const;
    // Stable order for output: file, then line, then insertion order.
    void sort();
    // True when some diagnostic has this key (tests and `check` use it).
    bool hasKey(const std::string& key) const;

private:
    std::vector<Diagnostic> items_;
};

}  // namespace fd
