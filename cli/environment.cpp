#include "cli/environment.h"

#include <cstdlib>
#include <unistd.h>

#include "i18n/i18n.h"

namespace fd::cli {

std::string dataDirectory() {
    if (const char* dir = std::getenv("FORMADOC_DATA_DIR"); dir && *dir) return dir;
    return FORMADOC_DEFAULT_DATA_DIR;
}

std::string userInterfaceLanguage() {
    for (const char* name : {"FORMADOC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        std::string lang = std::string(value).substr(0, 2);
        if (i18n::isSupportedLanguage(lang)) return lang;
        if (std::string(name) != "FORMADOC_LANG") break;  // the first locale variable set decides
    }
    return "en";
}

bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace fd::cli
