#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// Exponential smoothing in state-space form (ETS), as forecast::ets: every admissible
// combination of error (A/M), trend (N/A/Ad) and season (N/A/M) is fitted by maximum likelihood
// and the lowest AICc wins. Intervals are analytic for the linear models, simulated otherwise.
// Parameters: model=ZZZ|ANN|AAdM..., simulations=1000.
class EtsRecipe : public ForecastRecipe {
public:
    std::string name() const override { return "ets"; }
    std::string description() const override;
    Result<SeriesForecast> forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
};

} // namespace almanac
