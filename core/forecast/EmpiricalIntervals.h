#pragma once
// Quantiles from a method's own past mistakes: for each horizon step h, the distribution of
// in-sample h-step-ahead errors of the same forecasting rule, added to the point forecast. Honest
// for any rule that can be replayed over history, and needs no distributional assumption.
#include "forecast/ForecastRecipe.h"

#include <functional>
#include <vector>

namespace almanac {

// errorsAtStep(h) returns the in-sample errors (actual - forecast) of h-step-ahead forecasts.
// Steps with no errors borrow the longest step that has some, widened by sqrt(h / h') as a
// random walk's would be.
SeriesForecast forecastWithEmpiricalIntervals(const std::vector<double>& point,
                                              const std::function<std::vector<double>(int)>& errorsAtStep,
                                              const std::vector<double>& quantiles, bool nonNegative);

} // namespace almanac
