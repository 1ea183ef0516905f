#pragma once
// What "auto" does with the backtests of every candidate recipe: forecast with the dataset's
// best, with each item's own best, or with the average of the best few (quantile averaging).
#include "forecast/Backtest.h"

#include <optional>
#include <string>
#include <vector>

namespace almanac {

enum class AutoMode { Dataset, Item, Ensemble };
std::optional<AutoMode> autoModeFromName(std::string_view name);
const char* autoModeName(AutoMode mode);

struct AutoForecast {
    std::vector<SeriesForecast> forecasts;
    std::vector<std::string> recipeOfSeries; // what forecast each series ("a+b+c" for ensembles)
};

// leaderboard: backtests of the candidates on `data`, best first.
Result<AutoForecast> forecastAutomatically(const SeriesSet& data, const ForecastSpec& spec,
                                           const std::vector<BacktestResult>& leaderboard, AutoMode mode,
                                           const JobContext& job = {});

} // namespace almanac
