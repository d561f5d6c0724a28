// Every message key written as a literal in the C++ sources exists in the catalogues (the
// consistency test then guarantees it exists in every language). A key misspelt in code would
// otherwise only fail when that message is first shown — often on an error path.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "i18n/i18n.h"

namespace fd {
namespace {

const std::string kSource = FORMADOC_SOURCE_DIR;

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(MessagesUsedInCode, EveryLiteralKeyExists) {
    const i18n::Catalogue catalogue = i18n::Catalogue::load(kSource + "/locales", "en");
    // Key prefixes are the first segments of the catalogue's keys ("cli", "diag", "programme"…):
    // a literal "programme.title.heading" is a key, "organisation.xml" is not.
    std::set<std::string> prefixes;
    for (const std::string& key : catalogue.keys()) prefixes.insert(key.substr(0, key.find('.')));

    const std::regex literal("\"([a-z][a-z0-9_]*)((\\.[a-z0-9_]+)+)\"");
    const std::regex fileName("\\.(pdf|xlsx|xml|csv|sqlite|xlf|png|jpg|zip|ttf)$");
    size_t checked = 0;
    for (const char* dir : {"cli", "generators", "layout", "writers", "register", "lheo", "model", "readers", "i18n"}) {
        if (!std::filesystem::exists(kSource + "/" + dir)) continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(kSource + "/" + dir)) {
            const auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".h") continue;
            const std::string code = slurp(entry.path());
            for (std::sregex_iterator it(code.begin(), code.end(), literal), end; it != end; ++it) {
                const std::string prefix = (*it)[1];
                if (!prefixes.count(prefix)) continue;
                const std::string key = prefix + std::string((*it)[2]);
                if (std::regex_search(key, fileName)) continue;
                ++checked;
                EXPECT_TRUE(catalogue.has(key)) << entry.path().string() << ": " << key;
            }
        }
    }
    EXPECT_GT(checked, 100u);
}

}  // namespace
}  // namespace fd
