// catalogue_bench [N] [--lang L] [--keep DIR] [--no-baseline]: generates the catalogue of a
// synthetic workspace of N courses (default 1,000; bench/make_workspace.h) in one language
// through the same generators, layout and writers as `formadoc catalogue`, timing each phase,
// then the ReportLab peer baseline (shared/bench/peers/catalogue_reportlab.py) for N courses.
// Prints seconds, pages and peak RSS. How to run it and read it: bench/README.md.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "bench/make_workspace.h"
#include "cli/indicators.h"
#include "cli/workspace_loader.h"
#include "generators/catalogue/catalogue_document.h"
#include "generators/catalogue/catalogue_template.h"
#include "generators/catalogue/catalogue_workbook.h"
#include "generators/programme/programme.h"
#include "layout/layout.h"
#include "model/clock.h"
#include "writers/pdf/pdf_writer.h"
#include "writers/xlsx/xlsx_writer.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Pinned so that the copies' sessions are upcoming and every sample course is already updated.
constexpr const char* kBuildEpoch = "1789430400";   // 2026-09-15T00:00:00Z
constexpr const char* kSessionsFrom = "2026-09-15";

struct Settings {
    size_t courses = 1000;
    std::string lang = "fr";
    std::string keep;        // empty: a temporary folder, removed at the end
    bool baseline = true;
};

Settings parse(int argc, char** argv) {
    Settings s;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) s.lang = argv[++i];
        else if (arg == "--keep" && i + 1 < argc) s.keep = argv[++i];
        else if (arg == "--no-baseline") s.baseline = false;
        else s.courses = std::stoul(arg);
    }
    return s;
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// CPU seconds of this process: on a shared machine, wall time measures the neighbours too.
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Wall and CPU time of one phase.
struct Phase {
    Clock::time_point wallStart = Clock::now();
    double cpuStart = cpuSeconds();
    double wall = 0, cpu = 0;
    void stop() {
        wall = seconds(wallStart);
        cpu = cpuSeconds() - cpuStart;
    }
};

double peakMiB(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;   // ru_maxrss is in KiB on Linux
}

// Runs the baseline; returns its wall time in seconds (the interpreter's start included).
double runBaseline(size_t courses, const std::string& pdf) {
    const std::string script = std::string(FORMADOC_SOURCE_DIR) + "/../shared/bench/peers/catalogue_reportlab.py";
    if (!fs::exists(script)) throw std::runtime_error("baseline not found: " + script);
    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        const std::string n = std::to_string(courses);
        execl("/usr/bin/python3", "python3", script.c_str(), n.c_str(), pdf.c_str(), nullptr);
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("the baseline failed");
    return seconds(start);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace fd;
    try {
        const Settings s = parse(argc, argv);
        setenv("SOURCE_DATE_EPOCH", kBuildEpoch, 1);
        const fs::path root = s.keep.empty() ? fs::temp_directory_path() / ("catalogue_bench-" + std::to_string(getpid()))
                                             : fs::path(s.keep);
        fs::remove_all(root);
        const std::string workspace = (root / "workspace").string(), out = (root / "out").string();
        bench::writeCatalogueWorkspace(std::string(FORMADOC_SOURCE_DIR) + "/samples/fr-organisme", workspace,
                                       s.courses, *Date::parseIso(kSessionsFrom));
        fs::create_directories(out);

        auto start = Clock::now();
        std::optional<Workspace> ws = cli::loadWorkspace(workspace, "");
        if (!ws) throw std::runtime_error("the synthetic workspace does not load");
        const double loading = seconds(start);

        // What `formadoc catalogue` does for one language (cli/catalogue.cpp), phase by phase.
        Phase total, setup;
        const std::string dataDir = FORMADOC_SOURCE_DIR;
        const layout::Fonts fonts(layout::FontFiles::debianDefaults());
        const i18n::Localizer l10n(dataDir + "/locales", s.lang);
        const tmpl::Template catalogue = gen::loadCatalogueTemplate(dataDir, *ws, l10n.messages());
        const tmpl::Template programme = gen::loadProgrammeTemplate(dataDir, *ws, l10n.messages());
        const gen::IndicatorsReport report = gen::computeIndicators(*ws, cli::defaultIndicatorsPeriod(*ws), buildDate());
        const gen::LatestCourseResults courseResults(*ws, report);
        setup.stop();

        Phase generation;
        Diagnostics warnings;
        const doc::Document document =
            gen::buildCatalogueDocument(*ws, report, courseResults, l10n, {catalogue, programme}, warnings);
        generation.stop();

        Phase layoutPhase;
        const layout::LaidOutDocument laidOut = layout::layoutDocument(document, fonts);
        layoutPhase.stop();

        Phase pdfPhase;
        pdf::writePdf(laidOut, fonts.files(), out + "/" + gen::catalogueFileName(s.lang));
        pdfPhase.stop();

        Phase workbook;
        xlsx::writeXlsx(gen::buildCatalogueWorkbook(*ws, l10n, warnings), out + "/" + gen::catalogueWorkbookFileName(s.lang));
        workbook.stop();
        total.stop();

        std::printf("formadoc catalogue: %zu courses, %zu pages, %s: %.2f s (CPU %.2f s), peak RSS %.1f MiB\n",
                    ws->courses.size(), laidOut.pages.size(), s.lang.c_str(), total.wall, total.cpu,
                    peakMiB(RUSAGE_SELF));
        std::printf("  CPU s: setup %.2f (fonts, messages, templates, indicators) | document %.2f | layout %.2f | "
                    "PDF %.2f | XLSX %.2f   (workspace loading, not counted: %.2f s)\n",
                    setup.cpu, generation.cpu, layoutPhase.cpu, pdfPhase.cpu, workbook.cpu, loading);
        std::fflush(stdout);
        const double ours = total.wall;

        if (s.baseline) {
            const double baseline = runBaseline(s.courses, (root / "reportlab.pdf").string());
            std::printf("reportlab catalogue: %zu courses: %.2f s, peak RSS %.1f MiB (simpler entries: no cover, "
                        "results, index nor workbook)\n",
                        s.courses, baseline, peakMiB(RUSAGE_CHILDREN));
            std::printf("ratio: %.1fx faster\n", baseline / ours);
        }
        if (s.keep.empty()) fs::remove_all(root);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "catalogue_bench: %s\n", e.what());
        return 1;
    }
}
