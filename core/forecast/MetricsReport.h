#pragma once
#include "forecast/ForecastPipeline.h"

#include <string>

namespace almanac {

// The --metrics JSON: the chosen recipe, the leaderboard, and for the chosen recipe the overall,
// per-window, per-velocity-bucket and per-item accuracy.
Status writeMetricsJson(const std::string& path, const ForecastRun& run, const BacktestOptions& options);
std::string metricsJson(const ForecastRun& run, const BacktestOptions& options);

} // namespace almanac
