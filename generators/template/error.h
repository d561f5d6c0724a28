// The error a template raises when it cannot be used: it names the template file and line and
// carries a message key of locales/<lang>/generation.xlf ("diag.template.*") with its named
// arguments, like every other diagnostic, so that people read it in their language.
#pragma once

#include <map>
#include <stdexcept>
#include <string>

#include "i18n/i18n.h"
#include "model/diagnostics.h"

namespace fd::tmpl {

class TemplateError : public std::runtime_error {
public:
    TemplateError(std::string file, int line, std::string element, std::string key,
                  std::map<std::string, std::string> args = {});

    const std::string& file() const { return diagnostic_.file; }
    int line() const { return diagnostic_.line; }
    const std::string& key() const { return diagnostic_.key; }
    const std::map<std::string, std::string>& args() const { return diagnostic_.args; }
    // The same as a Diagnostic: file, line, field (the template element), key and arguments.
    const Diagnostic& diagnostic() const { return diagnostic_; }
    // "file:line: <the message in the catalogue's language>".
    std::string describe(const i18n::Catalogue& messages) const;

private:
    Diagnostic diagnostic_;
};

}  // namespace fd::tmpl
