#include "generators/indicators/rate_kinds.h"

namespace fd::gen {

std::optional<Rate> rateOf(const Figures& figures, RateKind kind) {
    switch (kind) {
        case RateKind::Satisfaction: return figures.satisfaction;
        case RateKind::Response: return figures.responseRate;
        case RateKind::Completion: return figures.completion;
        case RateKind::Abandon: return figures.abandon;
        case RateKind::Success: return figures.success;
        case RateKind::Certification: return figures.certification;
    }
    return std::nullopt;
}

std::string rateKeyName(RateKind kind) {
    switch (kind) {
        case RateKind::Satisfaction: return "satisfaction";
        case RateKind::Response: return "response";
        case RateKind::Completion: return "completion";
        case RateKind::Abandon: return "abandon";
        case RateKind::Success: return "success";
        case RateKind::Certification: return "certification";
    }
    return {};
}

}  // namespace fd::gen
