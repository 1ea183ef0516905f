#pragma once
#include "forecast/ForecastRecipe.h"

namespace almanac {

// A Prophet-style additive model (Taylor & Letham 2018): piecewise-linear trend whose slope may
// change at 25 candidate changepoints in the first 80% of the history (Laplace prior, scale 0.05),
// Fourier seasonalities (yearly order 10, weekly 3, daily 4, each where the history and frequency
// allow), holiday effects from computed calendars, related series as extra regressors; the
// maximum a posteriori fit uses L-BFGS (LBFGS++). Intervals simulate future slope changes at the
// historical rate and size, plus the observation noise.
// Parameters: holidays=US|UK|DE|FR|JP, changepoints=25, changepoint_prior=0.05,
// seasonality_prior=10, paths=1000.
// The model keeps the fitted curve; forecasting newer data extends it (nothing to filter).
class ProphetRecipe : public EstimatingForecastRecipe {
public:
    std::string name() const override { return "prophet"; }
    std::string description() const override;
    // Simulated intervals cover the trend and noise but not the seasonal and regressor fits.
    bool intervalsNeedCalibration() const override { return true; }
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;
    Result<std::unique_ptr<SeriesModel>> fitSeries(const TimeSeries& series, const ForecastSpec& spec) const override;
    Result<SeriesForecast> forecastFromModel(const SeriesModel& model, const TimeSeries& series,
                                             const ForecastSpec& spec) const override;
    Result<std::unique_ptr<SeriesModel>> readSeriesModel(ByteReader& in) const override;
    std::vector<std::map<std::string, std::string>> searchSpace() const override
    {
        // How flexible the trend may be is the setting that matters most (Prophet's own advice).
        return {{}, {{"changepoint_prior", "0.01"}}, {{"changepoint_prior", "0.5"}}};
    }
};

} // namespace almanac
