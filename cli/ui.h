// What the command says to its user, in the user's language (messages in locales/<lang>/cli.xlf
// and diagnostics.xlf), and how diagnostics are printed: `file:line: field: message`.
#pragma once

#include <string>

#include "i18n/i18n.h"
#include "model/diagnostics.h"

namespace fd::cli {

class Ui {
public:
    static const Ui& instance();
    std::string text(const std::string& key, const i18n::Args& args = {}) const;
    // Prints every diagnostic on stderr, errors and warnings, in a stable order.
    void print(Diagnostics diagnostics) const;
    std::string render(const Diagnostic& d) const;
    const i18n::Localizer& localizer() const { return localizer_; }

private:
    Ui();
    i18n::Localizer localizer_;
};

}  // namespace fd::cli
