// certificates_bench [N] [--jobs J] [--keep DIR] [--no-baseline]: issues N certificates (default 10,000) from a
// synthetic workspace through the same code as `formadoc certificates` (plan, register, files,
// confirmation), then makes N certificates with the ReportLab peer baseline
// (shared/bench/peers/cert_reportlab.py, one file each, as we do) and prints both rates and
// their ratio. How to run it and read it: bench/README.md.
#include <sys/resource.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "bench/synthetic_workspace.h"
#include "cli/certificates_issue.h"
#include "cli/parallel.h"
#include "cli/workspace_loader.h"
#include "model/clock.h"
#include "writers/pdf/pdf_writer.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Every session of the French sample has ended by then; SOURCE_DATE_EPOCH pins the issue date.
constexpr const char* kIssueEpoch = "1798761600";   // 2027-01-01T00:00:00Z

struct Settings {
    size_t count = 10000;
    unsigned jobs = fd::cli::defaultJobs();
    std::string keep;   // empty: a temporary folder, removed at the end
    bool baseline = true;   // --no-baseline: ours only (profiling)
};

Settings parse(int argc, char** argv) {
    Settings s;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--jobs" && i + 1 < argc)
            s.jobs = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (arg == "--keep" && i + 1 < argc)
            s.keep = argv[++i];
        else if (arg == "--no-baseline")
            s.baseline = false;
        else
            s.count = std::stoul(arg);
    }
    return s;
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

double peakMiB(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;   // ru_maxrss is in KiB on Linux
}

// The file system the files go to: creating thousands of files costs very different times on
// tmpfs and on a disk (bench/README.md), so the figures say where they were measured.
std::string fileSystemOf(const fs::path& dir) {
    struct statfs info {};
    if (statfs(dir.c_str(), &info) != 0) return "unknown file system";
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53: return "ext2/3/4";
    case 0x01021994: return "tmpfs";
    case 0x58465342: return "xfs";
    case 0x9123683E: return "btrfs";
    case 0x794C7630: return "overlayfs";
    }
    char other[48];
    std::snprintf(other, sizeof other, "file system 0x%lx", static_cast<unsigned long>(info.f_type));
    return other;
}

// Issues the certificates of the workspace at `root` into `out`; returns the number written.
size_t issueAll(const std::string& root, const std::string& out, unsigned jobs) {
    using namespace fd;
    std::optional<Workspace> ws = cli::loadWorkspace(root, "");
    if (!ws) throw std::runtime_error("the synthetic workspace does not load");
    const Date issueDate = buildDate();
    const std::vector<gen::CertificateModel> models = {gen::CertificateModel::Realisation};
    const cli::CertificatePlan plan = cli::planCertificates(*ws, {}, models, issueDate);
    const cli::CertificateResources resources(*ws, ws->organisation.mainLanguage(), models, nullptr);
    reg::CertificateRegister certificateRegister(reg::registerPath(ws->root));
    const cli::IssueResult result =
        cli::issueCertificates(plan, resources, {out, jobs, issueDate}, certificateRegister);
    return result.outcomes.size();
}

// Runs the baseline; returns its wall time in seconds (the interpreter's start included).
double runBaseline(size_t count, const std::string& out) {
    const std::string script = std::string(FORMADOC_SOURCE_DIR) + "/../shared/bench/peers/cert_reportlab.py";
    if (!fs::exists(script)) throw std::runtime_error("baseline not found: " + script);
    fs::create_directories(out);
    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        const std::string n = std::to_string(count);
        execl("/usr/bin/python3", "python3", script.c_str(), "files", n.c_str(), out.c_str(), nullptr);
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("the baseline failed");
    return seconds(start);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Settings s = parse(argc, argv);
        setenv("SOURCE_DATE_EPOCH", kIssueEpoch, 1);
        const fs::path root = s.keep.empty() ? fs::temp_directory_path() / ("certificates_bench-" + std::to_string(getpid()))
                                             : fs::path(s.keep);
        fs::remove_all(root);
        const std::string workspace = (root / "workspace").string();
        fd::bench::writeSyntheticWorkspace(std::string(FORMADOC_SOURCE_DIR) + "/samples/fr-organisme", workspace,
                                           s.count, *fd::Date::parseIso("2027-01-01"));
        fd::pdf::tuneAllocatorForBulkOutput();

        std::printf("output folder: %s (%s)\n", root.c_str(), fileSystemOf(root).c_str());
        auto start = Clock::now();
        const size_t issued = issueAll(workspace, (root / "out").string(), s.jobs);
        const double ours = seconds(start);
        const double oursRate = static_cast<double>(issued) / ours;
        std::printf("formadoc: %zu certificates in %.2f s with %u job(s): %.1f certificates/s, peak RSS %.1f MiB\n",
                    issued, ours, s.jobs, oursRate, peakMiB(RUSAGE_SELF));
        std::fflush(stdout);
        if (!s.baseline) {
            if (s.keep.empty()) fs::remove_all(root);
            return 0;
        }

        const double baseline = runBaseline(s.count, (root / "reportlab").string());
        const double baselineRate = static_cast<double>(s.count) / baseline;
        std::printf("reportlab: %zu certificates in %.2f s (1 process): %.1f certificates/s, peak RSS %.1f MiB\n",
                    s.count, baseline, baselineRate, peakMiB(RUSAGE_CHILDREN));
        std::printf("ratio: %.2fx (target 20x)\n", oursRate / baselineRate);
        if (s.keep.empty()) fs::remove_all(root);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "certificates_bench: " << e.what() << '\n';
        return 1;
    }
}
