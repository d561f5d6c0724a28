// Runs `formadoc indicators` the way the indicators e2e tests need it: on a sample workspace,
// in the three languages, calculated on 2026-11-21 (SOURCE_DATE_EPOCH) so that the default
// period and the printed dates do not depend on the day the tests run.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "e2e_support.h"

namespace fd::e2e {

inline const std::vector<std::string> kIndicatorLanguages = {"fr", "pt", "en"};
inline const std::string kCalculationDay = "2026-11-21";
inline const std::string kCalculationDayEnv = "SOURCE_DATE_EPOCH=1795219200";   // 2026-11-21 00:00 UTC

struct IndicatorsRun {
    CommandResult result;
    std::string outDir;
    std::string pdf(const std::string& lang) const { return outDir + "/indicators." + lang + ".pdf"; }
    std::string xlsx(const std::string& lang) const { return outDir + "/indicators." + lang + ".xlsx"; }
};

// `extraArgs` come after WORKSPACE --out DIR --lang fr,pt,en (e.g. {"--year", "2025"}).
IndicatorsRun runIndicators(const std::string& sample, const std::vector<std::string>& extraArgs = {});

// "FrOrganisme" for "fr-organisme": the name of a test instantiated for a sample.
std::string sampleTestName(const ::testing::TestParamInfo<std::string>& sample);

}  // namespace fd::e2e
