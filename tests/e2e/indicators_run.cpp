#include "indicators_run.h"

#include <cctype>

namespace fd::e2e {

IndicatorsRun runIndicators(const std::string& sample, const std::vector<std::string>& extraArgs) {
    IndicatorsRun run;
    run.outDir = makeTempDir("indicators-" + sample) + "/out";
    std::vector<std::string> args = {"indicators", sampleDir(sample), "--out", run.outDir, "--lang", "fr,pt,en"};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    run.result = runFormadoc(args, {kCalculationDayEnv});
    return run;
}

std::string sampleTestName(const ::testing::TestParamInfo<std::string>& sample) {
    std::string name;
    bool upper = true;
    for (char c : sample.param) {
        if (c == '-') {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}

}  // namespace fd::e2e
