#pragma once
#include "forecast/ForecastRecipe.h"
#include "forecast/ets/EtsFit.h"

#include <cstdint>

namespace almanac::ets {

// The forecast distribution of a fitted model: point forecasts, and quantiles from the analytic
// variance for the linear models or from simulated paths (spec parameter "simulations",
// default 1000) for the others.
SeriesForecast forecastFromEtsFit(const EtsFit& fit, const ForecastSpec& spec, uint64_t seed);

} // namespace almanac::ets
