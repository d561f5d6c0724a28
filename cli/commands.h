// One function per subcommand. Each returns an ExitCode (cli/app.h).
#pragma once

#include <string>
#include <vector>

namespace fd::cli {

struct CommonOptions {
    std::string workspace;
    std::string outDir;
    std::vector<std::string> languages;   // empty = the organisation's languages
    std::string encoding;                 // CSV encoding; empty = detect
    unsigned jobs = 0;                    // 0 = number of cores
};

struct BuildOptions : CommonOptions {
    bool allowGaps = false;
};

struct ProgrammeOptions : CommonOptions {
    std::vector<std::string> courses;     // empty = every course
};

// --lang when given, else the languages the organisation declares.
std::vector<std::string> outputLanguages(const CommonOptions& options, const std::vector<std::string>& declared);

int runBuild(const BuildOptions&);
int runProgramme(const ProgrammeOptions&);
// A subcommand whose generator is not part of this version: says so, exits 2, writes nothing.
int runUnavailable(const std::string& command);

}  // namespace fd::cli
