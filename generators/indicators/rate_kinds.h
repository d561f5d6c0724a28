// The rates a report shows, in the order every document and sheet lists them, and their names
// in message keys ("indicators.rate.<name>", "indicators.short.<name>"…).
#pragma once

#include <array>
#include <optional>
#include <string>

#include "generators/indicators/compute.h"

namespace fd::gen {

enum class RateKind { Satisfaction, Response, Completion, Abandon, Success, Certification };

inline constexpr std::array<RateKind, 6> kAllRates = {RateKind::Satisfaction, RateKind::Response,
                                                      RateKind::Completion,   RateKind::Abandon,
                                                      RateKind::Success,      RateKind::Certification};

// The headline rates of charts: response and drop-out rates are the complements and companions
// of these, and would only crowd the bars.
inline constexpr std::array<RateKind, 4> kChartedRates = {RateKind::Satisfaction, RateKind::Completion,
                                                          RateKind::Success, RateKind::Certification};

// The rate of `figures`, or nothing when it does not apply (success of unassessed courses,
// certification of non-certifying ones).
std::optional<Rate> rateOf(const Figures& figures, RateKind kind);

// "satisfaction", "response", "completion", "abandon", "success", "certification".
std::string rateKeyName(RateKind kind);

}  // namespace fd::gen
