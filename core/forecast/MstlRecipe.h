#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// Several seasonal cycles at once (hourly data: the day and the week), as forecast::mstl with
// stlf: MSTL removes each seasonal component, ETS (non-seasonal, chosen by AICc) forecasts the
// seasonally adjusted series and its intervals, and each component continues as its last cycle.
// Parameters: periods=24,168 (default: the frequency's cycles, e.g. 24 and 168 for hourly).
class MstlRecipe : public ForecastRecipe {
public:
    std::string name() const override { return "mstl"; }
    std::string description() const override;
    Result<SeriesForecast> forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
};

} // namespace almanac
