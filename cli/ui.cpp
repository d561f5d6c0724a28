#include "cli/ui.h"

#include <iostream>

#include "cli/environment.h"

namespace fd::cli {

Ui::Ui() : localizer_(dataDirectory() + "/locales", userInterfaceLanguage()) {}

const Ui& Ui::instance() {
    static const Ui ui;
    return ui;
}

std::string Ui::text(const std::string& key, const i18n::Args& args) const { return localizer_.msg(key, args); }

std::string Ui::render(const Diagnostic& d) const {
    i18n::Args args;
    for (const auto& [name, value] : d.args) args[name] = value;
    std::string message = localizer_.msg(d.key, args);
    std::string location = d.line > 0 ? d.file + ":" + std::to_string(d.line) : d.file;
    return text(d.severity == Severity::Error ? "cli.diagnostic.error" : "cli.diagnostic.warning",
                {{"location", location}, {"field", d.field.empty() ? std::string("-") : d.field},
                 {"message", message}});
}

void Ui::print(Diagnostics diagnostics) const {
    diagnostics.sort();
    for (const Diagnostic& d : diagnostics.items()) std::cerr << render(d) << '\n';
}

}  // namespace fd::cli
