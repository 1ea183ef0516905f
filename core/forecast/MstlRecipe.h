#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// Several seasonal cycles at once (hourly data: the day and the week), as forecast::mstl with
// stlf: MSTL removes each seasonal component, ETS (non-seasonal, chosen by AICc) forecasts the
// seasonally adjusted series and its intervals, and each component continues as its last cycle.
// The model keeps the cycles and the ETS estimates; the decomposition, a smoother with nothing
// estimated, is made again on the history being forecast.
// Parameters: periods=24,168 (default: the frequency's cycles, e.g. 24 and 168 for hourly).
class MstlRecipe : public EstimatingForecastRecipe {
public:
    std::string name() const override { return "mstl"; }
    std::string description() const override;
    std::vector<ParameterSpec> parameters() const override;
    Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
    Result<SeriesForecast> forecastFromModel(const SeriesModel& model, const TimeSeries& series,
                                             const ForecastSpec& spec) const override;
    Result<std::unique_ptr<SeriesModel>> readSeriesModel(ByteReader& in) const override;
};

} // namespace almanac
