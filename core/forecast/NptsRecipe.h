#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// The Non-Parametric Time Series forecaster (NPTS): each future value is drawn from the series'
// own past values, the recent ones more likely (exponential kernel) or all alike
// (climatological); the seasonal variant draws only from the same phase of the season. Paths are
// autoregressive (a drawn value can be drawn again later), quantiles come from 1,000 paths.
// Suited to intermittent, slow-moving items: forecasts are always values the item has had.
// Parameters: kernel=exponential|uniform, seasonal=true|false, decay=0.01 (per period: weights
// exp(-decay * age)), paths=1000.
class NptsRecipe : public ForecastRecipe {
public:
    std::string name() const override { return "npts"; }
    std::string description() const override;
    // Sampled past values cannot follow a trend: the band is too narrow on trending series.
    bool intervalsNeedCalibration() const override { return true; }
    Result<SeriesForecast> forecastSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
    std::vector<ParameterSpec> parameters() const override
    {
        return {ParameterSpec::choice("kernel", {"exponential", "uniform"}, "exponential"),
                ParameterSpec::choice("seasonal", {"true", "false"}, "true"),
                ParameterSpec::number("decay", 0, 100, "0.01", "kernel weight exp(-decay * age)"),
                ParameterSpec::integer("paths", 100, 100000, "1000")};
    }
    std::vector<std::map<std::string, std::string>> searchSpace() const override
    {
        return {{}, {{"decay", "0.05"}}, {{"kernel", "uniform"}}};
    }
};

} // namespace almanac
