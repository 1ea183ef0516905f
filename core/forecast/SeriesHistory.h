#pragma once
// Small helpers every local recipe needs on its input and output.
#include "forecast/ForecastRecipe.h"

#include <vector>

namespace almanac {

// The longest stretch without missing values that ends at the series' last observation (models
// with states cannot step over gaps; missing values are filled upstream by default).
std::vector<double> contiguousHistory(const std::vector<double>& values);

bool historyIsNonNegative(const std::vector<double>& values);

// Sorts each period's quantiles (a model's can cross when simulated) and clips them and the
// mean at zero for non-negative data such as demand.
void finalizeQuantiles(SeriesForecast& forecast, bool nonNegative);

} // namespace almanac
