// Reading the XLIFF 2.0 subset the message catalogues use (locales/<lang>/*.xlf, the same file
// names and keys in every language; English files hold only <source>, the others repeat the
// English <source> and add their <target>):
//   <xliff version="2.0" srcLang="en" [trgLang="fr"]> <file id> [<group>…] <unit id>
//     <segment><source>…</source>[<target>…</target>]</segment> </unit>
// One <segment> per unit; texts are plain text (no inline markup). As XLIFF allows for
// xml:space="default", runs of XML white space in a text are collapsed to one space and the
// ends trimmed, so long texts may be wrapped in the file; xml:space="preserve" keeps them.
// U+00A0 and U+202F are not XML white space and are always kept.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace fd::i18n {

struct XliffUnit {
    std::string id;                      // the message key
    std::string source;
    std::optional<std::string> target;   // absent in source-only (English) files
    int line = 0;                        // of <unit>
    int sourceLine = 0;
    int targetLine = 0;                  // 0 without a target
};

struct XliffDocument {
    std::string path;
    std::string srcLang;
    std::string trgLang;                 // empty in a source-only file
    int line = 0;                        // of <xliff>
    std::vector<XliffUnit> units;        // in document order
};

// Throws I18nError "path:line: what is wrong" when the file cannot be read, is not well-formed
// XML or does not follow the subset above.
XliffDocument readXliffFile(const std::string& path);

// The *.xlf files directly inside `dir`, sorted by file name; throws I18nError when `dir` is
// not a readable directory.
std::vector<std::string> listXliffFiles(const std::string& dir);

// "fr-FR" -> "fr": the language part of an XLIFF srcLang/trgLang value.
std::string primaryLanguage(const std::string& xliffLang);

}  // namespace fd::i18n
