#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// Exponential smoothing in state-space form (ETS), as forecast::ets: every admissible
// combination of error (A/M), trend (N/A/Ad) and season (N/A/M) is fitted by maximum likelihood
// and the lowest AICc wins. Intervals are analytic for the linear models, simulated otherwise.
// The model keeps the form, the smoothing parameters and the initial states; forecasting from it
// filters the states through the history it is given.
// Parameters: model=ZZZ|ANN|AAdM..., simulations=1000.
class EtsRecipe : public EstimatingForecastRecipe {
public:
    std::string name() const override { return "ets"; }
    std::string description() const override;
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;
    Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
    Result<SeriesForecast> forecastFromModel(const SeriesModel& model, const TimeSeries& series,
                                             const ForecastSpec& spec) const override;
    Result<std::unique_ptr<SeriesModel>> readSeriesModel(ByteReader& in) const override;
    // The older model's form, its parameters re-estimated from the older ones.
    Result<std::unique_ptr<SeriesModel>> refitSeries(const SeriesModel& older, const TimeSeries& series,
                                                     const ForecastSpec& spec) const override;
};

} // namespace almanac
