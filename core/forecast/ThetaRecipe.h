#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// The standard Theta method (Assimakopoulos & Nikolopoulos 2000) as the M4 benchmark runs it:
// when the 90% autocorrelation test finds seasonality, a classical multiplicative decomposition
// removes it; the forecast is the mean of the extrapolated linear trend (theta = 0) and simple
// exponential smoothing of the theta = 2 line; then the season is put back. Intervals use the
// equivalence with SES with drift (Hyndman & Billah 2003).
// The model keeps the seasonal indices, the line and SES's smoothing parameter and start.
class ThetaRecipe : public EstimatingForecastRecipe {
public:
    std::string name() const override { return "theta"; }
    std::string description() const override;
    Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
    Result<SeriesForecast> forecastFromModel(const SeriesModel& model, const TimeSeries& series,
                                             const ForecastSpec& spec) const override;
    Result<std::unique_ptr<SeriesModel>> readSeriesModel(ByteReader& in) const override;
};

} // namespace almanac
