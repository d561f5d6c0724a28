// The subcommands. Each lives in its own cmd_<name>.cpp: it declares its options on the
// CLI11 subcommand it creates and returns the function that runs it. Each run returns an
// ExitCode (cli/app.h).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/ui.h"

namespace fd::cli {

struct Command {
    CLI::App* app = nullptr;
    std::function<int()> run;
};

// Options of the generating subcommands (WORKSPACE --out DIR --lang ... --encoding ... --jobs N).
struct CommonOptions {
    std::string workspace;
    std::string outDir;
    std::vector<std::string> languages;   // empty = the organisation's languages
    std::string encoding;                 // CSV encoding; empty = detect
    unsigned jobs = 0;                    // 0 = number of cores
};
void addCommonOptions(CLI::App& cmd, CommonOptions& options, const Ui& ui, bool withJobs);
// --lang when given, else the languages the organisation declares.
std::vector<std::string> outputLanguages(const CommonOptions& options, const std::vector<std::string>& declared);

Command setupBuild(CLI::App& parent, const Ui& ui);
Command setupProgramme(CLI::App& parent, const Ui& ui);
Command setupCatalogue(CLI::App& parent, const Ui& ui);
Command setupCertificates(CLI::App& parent, const Ui& ui);
Command setupRegulation(CLI::App& parent, const Ui& ui);
Command setupIndicators(CLI::App& parent, const Ui& ui);
Command setupCheck(CLI::App& parent, const Ui& ui);
Command setupVerify(CLI::App& parent, const Ui& ui);
Command setupRegister(CLI::App& parent, const Ui& ui);
Command setupImportLheo(CLI::App& parent, const Ui& ui);
Command setupExportLheo(CLI::App& parent, const Ui& ui);

// A subcommand whose generator is not part of this version: says so, exits 2, writes nothing.
int runUnavailable(const std::string& command);

}  // namespace fd::cli
