#pragma once
// What a recipe would have forecast for the last periods of one series from the history before
// them: the actual-versus-forecast overlay the workbench draws for a chosen item.
#include "forecast/ForecastRecipe.h"

#include <map>
#include <string>

namespace almanac {

struct RecipeLabel {
    std::string recipe;
    std::map<std::string, std::string> parameters;
};

// Reads a label as BacktestResult::label() writes it ("prophet(changepoint_prior=0.5, x=1)");
// of an ensemble ("ets+theta"), its first member.
RecipeLabel parseRecipeLabel(const std::string& label);

// spec.horizon is replaced by periods; fails when the series is not longer than periods.
Result<SeriesForecast> forecastHoldout(const RecipeLabel& recipe, const TimeSeries& series, ForecastSpec spec, int periods);

} // namespace almanac
