#pragma once
#include "forecast/ForecastPipeline.h"

#include <string>

namespace almanac {

// The --metrics JSON: the chosen recipe, the leaderboard, and for the chosen recipe the overall,
// per-window, per-velocity-bucket and per-item accuracy.
Status writeMetricsJson(const std::string& path, const ForecastRun& run, const BacktestOptions& options);
std::string metricsJson(const ForecastRun& run, const BacktestOptions& options);
// One set of accuracy figures as the metrics JSON writes them ("wQL[10]", "mean_wQL", "WAPE"...).
std::string accuracyJson(const AccuracyMetrics& metrics);
// One leaderboard line: "backtest ets: mean wQL 0.0388, WAPE 0.0599, MASE 1.68, p10-p90 coverage 0.83, 3.1 s".
std::string backtestSummary(const BacktestResult& result);

} // namespace almanac
