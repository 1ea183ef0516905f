#pragma once
// Which of auto's modes fits the data, decided on the backtest itself: each mode makes its choices
// from the older windows alone and is scored on the newest, as if that window were the future.
// Per-item choice wins where items differ and each item's backtest says enough; on short or noisy
// windows its choices are noise, and one recipe for all, or an average, forecasts better.
#include "forecast/AutoSelection.h"

#include <optional>
#include <vector>

namespace almanac {

struct AutoModeTrial {
    AutoMode mode = AutoMode::Item;
    double meanWql = 0; // on the newest window
};

struct AutoModeDecision {
    AutoMode mode = AutoMode::Item;
    std::vector<AutoModeTrial> trials; // every mode tried, in the order tried
};

// The modes compared: dataset, item, ensemble, item-ensemble.
const std::vector<AutoMode>& comparableAutoModes();

// nullopt unless every candidate kept the forecasts of two or more windows
// (BacktestOptions::keepForecasts). Ties go to the earlier mode in comparableAutoModes().
std::optional<AutoModeDecision> chooseAutoMode(const SeriesSet& data, const ForecastSpec& spec,
                                               const std::vector<BacktestResult>& leaderboard);

} // namespace almanac
