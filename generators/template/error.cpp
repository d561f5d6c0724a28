#include "generators/template/error.h"

#include <utility>

namespace fd::tmpl {

namespace {

std::string location(const std::string& file, int line) {
    return line > 0 ? file + ':' + std::to_string(line) : file;
}

// what(): the key and its arguments, for logs and for callers without a catalogue at hand.
std::string technicalText(const std::string& file, int line, const std::string& key,
                          const std::map<std::string, std::string>& args) {
    std::string text = location(file, line) + ": " + key;
    const char* separator = " (";
    for (const auto& [name, value] : args) {
        text += separator + name + '=' + value;
        separator = ", ";
    }
    if (!args.empty()) text += ')';
    return text;
}

}  // namespace

TemplateError::TemplateError(std::string file, int line, std::string element, std::string key,
                             std::map<std::string, std::string> args)
    : std::runtime_error(technicalText(file, line, key, args)) {
    diagnostic_.severity = Severity::Error;
    diagnostic_.file = std::move(file);
    diagnostic_.line = line;
    diagnostic_.field = std::move(element);
    diagnostic_.key = std::move(key);
    diagnostic_.args = std::move(args);
}

std::string TemplateError::describe(const i18n::Catalogue& messages) const {
    i18n::Args args;
    for (const auto& [name, value] : diagnostic_.args) args.emplace(name, value);
    return location(diagnostic_.file, diagnostic_.line) + ": " + messages.format(diagnostic_.key, args);
}

}  // namespace fd::tmpl
