#pragma once
// Small helpers every local recipe needs on its input and output.
#include "forecast/ForecastRecipe.h"

#include <vector>

namespace almanac {

// The history from the series' first to its last observation: missing values at either end are
// dropped, those inside kept (NaN).
std::vector<double> observedSpan(const std::vector<double>& values);

// observedSpan with the missing values inside it interpolated, for the models that cannot step
// over a gap (ETS, Theta, MSTL, ARIMA's recursions), by the method of R's forecast::na.interp:
// seasonal series (period > 1 with two full periods observed) are decomposed by STL, the
// seasonally adjusted values interpolated linearly across each gap and the seasonal component
// added back; other series are interpolated linearly. Observed values are never changed, so a
// series without gaps comes back as it is.
std::vector<double> historyForFitting(const std::vector<double>& values, int period);

bool historyIsNonNegative(const std::vector<double>& values);

// Sorts each period's quantiles (a model's can cross when simulated) and clips them and the
// mean at zero for non-negative data such as demand.
void finalizeQuantiles(SeriesForecast& forecast, bool nonNegative);

} // namespace almanac
