// Helpers shared by the i18n unit tests: throw-away locale folders and error capture.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "i18n/i18n.h"

namespace fd::i18n::testing {

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class TempDir {
public:
    TempDir() {
        std::string templ = (std::filesystem::temp_directory_path() / "formadoc-i18n-XXXXXX").string();
        if (!::mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
        path_ = templ;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path() const { return path_.string(); }
    // Writes `content` to `relative` (creating folders) and returns the full path.
    std::string write(const std::string& relative, const std::string& content) const {
        const std::filesystem::path file = path_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file.string();
    }

private:
    std::filesystem::path path_;
};

// An XLIFF file for `lang` ("en" gives a source-only file) around `units`, which start on line 4.
inline std::string xliff(const std::string& lang, const std::string& units) {
    const std::string trg = lang == "en" ? "" : " trgLang=\"" + lang + "\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"" + trg + ">\n"
           "  <file id=\"test\">\n" +
           units +
           "  </file>\n"
           "</xliff>\n";
}

// One unit on one line; `target` empty means no <target> element.
inline std::string unit(const std::string& id, const std::string& source, const std::string& target = "") {
    std::string segment = "<source>" + source + "</source>";
    if (!target.empty()) segment += "<target>" + target + "</target>";
    return "    <unit id=\"" + id + "\"><segment>" + segment + "</segment></unit>\n";
}

// The message of the I18nError `action` throws; a test failure when it throws nothing.
template <typename Action>
std::string i18nErrorOf(Action action) {
    try {
        action();
    } catch (const I18nError& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected an I18nError";
    return "";
}

}  // namespace fd::i18n::testing
