#include <cctype>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/guarded.h"
#include "cli/indicators.h"
#include "cli/parallel.h"
#include "cli/workspace_loader.h"
#include "generators/indicators/wording.h"
#include "model/clock.h"

namespace fd::cli {
namespace {

struct IndicatorsOptions : CommonOptions {
    std::string year;       // "2025"; empty = not given
    std::string from, to;   // YYYY-MM-DD; CLI11 makes sure both or neither are given
};

// A calendar year written with four digits, "0999" and "25" being typing mistakes.
std::optional<int> parseYear(const std::string& text) {
    if (text.size() != 4 || text[0] == '0') return std::nullopt;
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    return std::stoi(text);
}

// The period the options ask for, nullopt when they ask for none; prints the problem and
// returns false when they cannot be used.
bool readPeriod(const IndicatorsOptions& options, std::optional<gen::Period>& period) {
    const Ui& ui = Ui::instance();
    if (!options.year.empty()) {
        const std::optional<int> year = parseYear(options.year);
        if (!year) {
            std::cerr << ui.text("indicators.cli.bad_year", {{"value", options.year}}) << '\n';
            return false;
        }
        period = gen::Period::calendarYear(*year);
    } else if (!options.from.empty()) {
        const auto badDate = [&](const char* option, const std::string& value) {
            std::cerr << ui.text("indicators.cli.bad_date", {{"option", std::string(option)}, {"value", value}})
                      << '\n';
            return false;
        };
        const std::optional<Date> from = Date::parseIso(options.from), to = Date::parseIso(options.to);
        if (!from) return badDate("--from", options.from);
        if (!to) return badDate("--to", options.to);
        if (*to < *from) {
            std::cerr << ui.text("indicators.cli.reversed_period", {{"from", options.from}, {"to", options.to}})
                      << '\n';
            return false;
        }
        period = gen::Period::between(*from, *to);
    }
    // Results are known once sessions end: a period still to come has nothing to publish.
    const Date today = buildDate();
    if (period && today < period->from) {
        const i18n::Formatter& fmt = ui.localizer().fmt();
        std::cerr << ui.text("indicators.cli.future_period", {{"from", fmt.date(period->from)}, {"today", fmt.date(today)}})
                  << '\n';
        return false;
    }
    return true;
}

int runIndicators(const IndicatorsOptions& options) {
    return guarded([&] {
        std::optional<gen::Period> period;
        if (!readPeriod(options, period)) return static_cast<int>(kExitBadInput);
        std::optional<Workspace> ws = loadWorkspace(options.workspace, options.encoding);
        if (!ws) return static_cast<int>(kExitBadInput);
        if (!period) period = defaultIndicatorsPeriod(*ws);

        const Ui& ui = Ui::instance();
        GenerationRequest request{&*ws, outputLanguages(options, ws->organisation.languages), options.outDir,
                                  options.jobs ? options.jobs : defaultJobs()};
        Diagnostics warnings;
        const size_t written = writeIndicators(request, *period, warnings);
        ui.print(warnings);
        std::cerr << ui.text("indicators.cli.period", {{"period", gen::periodText(*period, ui.localizer())}}) << '\n'
                  << ui.text("cli.written", {{"count", static_cast<int64_t>(written)}, {"dir", options.outDir}})
                  << '\n';
        return static_cast<int>(kExitOk);
    });
}

}  // namespace

Command setupIndicators(CLI::App& parent, const Ui& ui) {
    auto options = std::make_shared<IndicatorsOptions>();
    CLI::App* cmd = parent.add_subcommand("indicators", ui.text("cli.indicators.description"));
    addCommonOptions(*cmd, *options, ui, true);
    CLI::Option* year = cmd->add_option("--year", options->year, ui.text("cli.opt.year"));
    CLI::Option* from = cmd->add_option("--from", options->from, ui.text("indicators.cli.opt_from"));
    CLI::Option* to = cmd->add_option("--to", options->to, ui.text("indicators.cli.opt_to"));
    from->needs(to);
    to->needs(from);
    year->excludes(from)->excludes(to);
    return {cmd, [options] { return runIndicators(*options); }};
}

}  // namespace fd::cli
