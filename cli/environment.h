// What the command learns from its environment: where its data lives, which language to
// speak to the user, whether stderr is a terminal.
#pragma once

#include <string>

namespace fd::cli {

// FORMADOC_DATA_DIR, else the source tree the binary was built from. Holds locales/ and templates/.
std::string dataDirectory();
// FORMADOC_LANG, else LC_ALL / LC_MESSAGES / LANG when they name fr or pt, else "en".
std::string userInterfaceLanguage();
bool stderrIsTerminal();

}  // namespace fd::cli
